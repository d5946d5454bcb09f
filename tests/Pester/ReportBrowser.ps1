# Dot-sourced by Report.Tests.ps1: a real headless browser for the report tests. The browser is
# $env:MMS_BROWSER, else chromium, chromium-browser, google-chrome, chrome or msedge on PATH (build.ps1's Test
# task installs Debian's chromium when none is found and the machine allows it). Driven directly: --dump-dom for
# the DOM after parsing (and after any script would have run), --screenshot for pictures.

function Find-ReportBrowser {
    if ($env:MMS_BROWSER) {
        if (Test-Path -LiteralPath $env:MMS_BROWSER) { return $env:MMS_BROWSER }
        throw "MMS_BROWSER is '$env:MMS_BROWSER', which does not exist. Point it at a Chromium, Chrome or Edge executable."
    }
    foreach ($name in 'chromium', 'chromium-browser', 'google-chrome', 'chrome', 'msedge') {
        $command = Get-Command $name -CommandType Application -ErrorAction Ignore | Select-Object -First 1
        if ($command) { return $command.Source }
    }
    throw 'The report tests need a headless browser and none was found. Install one (Debian: apt-get install chromium; build.ps1 -Task Test does this when run as root), put chromium, chrome or msedge on PATH, or set MMS_BROWSER to its executable.'
}

# Common switches: headless, no sandbox (containers run as root), no GPU, nothing from the first-run or
# background services, and every host name unresolvable, so a request that tried to leave would fail and show
# up in the net log instead of reaching anything.
function Get-BrowserArguments([string] $UserDataDir) {
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
    '--force-device-scale-factor=1', '--host-resolver-rules=MAP * ~NOTFOUND', "--user-data-dir=$UserDataDir"
}

function Invoke-Browser([string[]] $Arguments) {
    $userData = Join-Path ([IO.Path]::GetTempPath()) ('mms-browser-' + [guid]::NewGuid().ToString('N'))
    try {
        if (-not ($Arguments[-1] -like 'file:///*')) { throw "Invoke-Browser opens a file:// URI, not '$($Arguments[-1])'." }
        $output = & (Find-ReportBrowser) @(Get-BrowserArguments $userData) @Arguments 2>$null
        if ($LASTEXITCODE -ne 0) { throw "The browser exited with code $LASTEXITCODE for: $($Arguments -join ' ')" }
        $output -join "`n"
    }
    finally { Remove-Item $userData -Recurse -Force -ErrorAction Ignore }
}

# A [uri] cast reads /tmp/x.html as a relative URI; the Absolute constructor makes it file:///tmp/x.html.
function ConvertTo-FileUri([string] $Path) { [uri]::new((Resolve-Path -LiteralPath $Path).ProviderPath, [UriKind]::Absolute).AbsoluteUri }

# The DOM as the browser built it, serialized after load (a script that had run would have left its mark).
function Get-BrowserDom([string] $Path) { Invoke-Browser @('--dump-dom', (ConvertTo-FileUri $Path)) }

# Loads the page with a net log and returns the URL of every request the page made (the browser's own background
# requests, such as its component updater, are told apart by their network isolation key: the page's carry file://).
function Get-BrowserRequest([string] $Path) {
    $log = Join-Path ([IO.Path]::GetTempPath()) ('mms-netlog-' + [guid]::NewGuid().ToString('N') + '.json')
    try {
        $uri = ConvertTo-FileUri $Path
        $null = Invoke-Browser @("--log-net-log=$log", '--net-log-capture-mode=Everything', '--dump-dom', $uri)
        $events = (Get-Content -LiteralPath $log -Raw | ConvertFrom-Json).events
        @($events | Where-Object { $_.params.url -and "$($_.params.network_isolation_key)" -like 'file://*' } |
            ForEach-Object { $_.params.url } | Where-Object { $_ -ne $uri } | Sort-Object -Unique)
    }
    finally { Remove-Item $log -ErrorAction Ignore }
}

function Save-BrowserScreenshot([string] $Path, [string] $Png, [int] $Width, [int] $Height) {
    $null = Invoke-Browser @("--screenshot=$Png", "--window-size=$Width,$Height", (ConvertTo-FileUri $Path))
    if (-not (Test-Path -LiteralPath $Png)) { throw "The browser wrote no screenshot to $Png." }
    Get-Item -LiteralPath $Png
}

# Prints the page to PDF as the browser's print dialog would; returns the page sizes (points) of the PDF.
function Get-BrowserPrintPage([string] $Path, [string] $Pdf) {
    $null = Invoke-Browser @('--no-pdf-header-footer', "--print-to-pdf=$Pdf", (ConvertTo-FileUri $Path))
    if (-not (Test-Path -LiteralPath $Pdf)) { throw "The browser wrote no PDF to $Pdf." }
    $text = [Text.Encoding]::Latin1.GetString([IO.File]::ReadAllBytes($Pdf))
    @([regex]::Matches($text, '/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]') | ForEach-Object {
        [pscustomobject]@{ Width = [double]$_.Groups[1].Value; Height = [double]$_.Groups[2].Value } })
}

# How much of a PNG is not one flat colour: the share of non-zero bytes in its filtered scanlines. PNG's
# Sub/Up filters turn a uniform area into zeros, so a blank page scores about 0 and a page with text and
# charts scores clearly above. Returns the image's width and height too.
function Measure-PngInk([string] $Png) {
    $bytes = [IO.File]::ReadAllBytes($Png)
    function Read-Int32([int] $At) { ([int]$bytes[$At] -shl 24) -bor ([int]$bytes[$At + 1] -shl 16) -bor ([int]$bytes[$At + 2] -shl 8) -bor $bytes[$At + 3] }
    $width = Read-Int32 16
    $height = Read-Int32 20
    $idat = [IO.MemoryStream]::new()
    $offset = 8
    while ($offset -lt $bytes.Length) {
        $length = Read-Int32 $offset
        $type = [Text.Encoding]::ASCII.GetString($bytes, $offset + 4, 4)
        if ($type -eq 'IDAT') { $idat.Write($bytes, $offset + 8, $length) }
        $offset += 12 + $length
    }
    $idat.Position = 0
    $raw = [IO.MemoryStream]::new()
    $zlib = [IO.Compression.ZLibStream]::new($idat, [IO.Compression.CompressionMode]::Decompress)
    $zlib.CopyTo($raw); $zlib.Dispose()
    $data = $raw.ToArray()
    $nonZero = $data.Length - [Linq.Enumerable]::Count([byte[]]$data, [Func[byte, bool]] { param($b) $b -eq 0 })
    [pscustomobject]@{ Width = $width; Height = $height; Ink = $nonZero / [double]$data.Length }
}
