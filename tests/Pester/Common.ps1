# Dot-sourced by every Pester file: imports the STAGED module and emulator (never the source tree), and holds
# the helpers every file shares: the emulator starter, request statistics, raw signed requests and polling, clean
# environments, runspaces and child processes. Repo root is two levels up.
$script:RepoRoot = Split-Path (Split-Path $PSScriptRoot)
# Error tests rely on non-terminating errors staying non-terminating, whatever the caller prefers.
$script:ErrorActionPreference = 'Continue'
$script:ModulePath = if ($env:MMS_MODULE_PATH) { $env:MMS_MODULE_PATH } else { Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1' }
$script:EmulatorModulePath = Join-Path $RepoRoot 'out/MmsEmulator/MmsEmulator.psd1'
Import-Module $ModulePath -Force
Import-Module $EmulatorModulePath -Force

# The one way a test file starts an emulator. Without -Standalone it becomes the file's emulator: $Emulator, and
# $Conn (splat it as @Conn) to reach it; the caller stops it in AfterAll. With -Standalone it is a second one the
# caller keeps in a variable of its own and stops itself, and $Emulator and $Conn stay as they are.
# The other parameters are Start-MmsEmulator's (simulated durations, latency, a skewed clock).
function Start-TestEmulator {
    param([int] $JobStepMs, [int] $AsyncTaskMs, [int] $ScanMs, [int] $LatencyMs, [int] $ClockSkewSeconds, [switch] $Standalone)
    $settings = @{}
    foreach ($name in @($PSBoundParameters.Keys) -ne 'Standalone') { $settings[$name] = $PSBoundParameters[$name] }
    $emulator = Start-MmsEmulator @settings
    if (-not $Standalone) {
        $script:Emulator = $emulator
        $script:Conn = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
    }
    $emulator
}

# What every cmdlet's FullyQualifiedErrorId ends with after its ErrorId: the cmdlets' namespace, then the cmdlet's
# class ("MmsTableNotFound$($Suffix)GetMmsTableCommand"). A file about one cmdlet may set the whole tail instead.
$script:Suffix = ',MmsPowerShell.Commands.'

# The request statistics of the file's emulator since the last call (the counters are reset on every read):
# how a test proves what was, or was not, sent.
function Get-Stat { Get-MmsEmulatorStat -Emulator $Emulator -Reset }
function Get-Requests { (Get-Stat).requests }

# One raw signed request to the file's emulator (Invoke-MmsEmulatorRequest signs independently of the module): how
# the emulator's own tests drive its HTTP operations without the cmdlets.
function Send([string] $Method, [string] $Path, [string] $Action, [string] $Body, [hashtable] $Query = @{}) {
    $request = @{ Emulator = $Emulator; Method = $Method; Path = $Path; Action = $Action; Query = $Query }
    if ($Body) { $request.Body = $Body }
    Invoke-MmsEmulatorRequest @request
}

# Polls until the script block returns something truthy and returns that; fails the test after -TimeoutSec.
function Wait-For([scriptblock] $Condition, [int] $TimeoutSec = 10) {
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
    while ([DateTime]::UtcNow -lt $deadline) {
        $value = & $Condition
        if ($value) { return $value }
        Start-Sleep -Milliseconds 20
    }
    throw "Timed out waiting for $Condition"
}

function New-TestCredential([string] $Id, [string] $Secret) {
    [pscredential]::new($Id, (ConvertTo-SecureString -String $Secret -AsPlainText -Force))
}

# Runs a script block with the Alibaba Cloud variables cleared and HOME pointing at an empty folder,
# so a developer's own credentials can never leak into (or rescue) a test.
function Invoke-WithCleanEnvironment([scriptblock] $Script, [hashtable] $Variables = @{}) {
    $names = 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN',
        'ALIBABA_CLOUD_REGION_ID', 'ALIBABA_CLOUD_PROFILE', 'ALIBABA_CLOUD_CLI_PROFILE_DISABLED', 'HOME'
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    $tempHome = Join-Path ([IO.Path]::GetTempPath()) ("mms-home-" + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $tempHome | Out-Null
    try {
        foreach ($name in $names) { [Environment]::SetEnvironmentVariable($name, $null) }
        [Environment]::SetEnvironmentVariable('HOME', $tempHome)
        foreach ($key in $Variables.Keys) { [Environment]::SetEnvironmentVariable($key, $Variables[$key]) }
        & $Script $tempHome
    }
    finally {
        foreach ($name in $names) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Remove-Item $tempHome -Recurse -Force
    }
}

# The one way a test makes a runspace of its own: a new PowerShell without a host, both staged modules imported,
# started in -Location if given (-NoModules: nothing imported, as a reader's fresh session). With -Emulator, $Emulator and $Conn in it point at that emulator, as in the file.
# A runspace of its own is how a test stops a call the way Ctrl+C does, reads the progress stream, keeps
# "What if:" lines off the host, or shows that state stays per runspace. The caller disposes of it.
function New-TestRunspace([object] $Emulator, [string] $Location, [switch] $NoModules) {
    $ps = [powershell]::Create()
    if ($Location) { $null = $ps.AddCommand('Set-Location').AddArgument($Location).AddStatement() }
    if ($NoModules) { return $ps }
    $null = $ps.AddCommand('Import-Module').AddArgument($ModulePath).AddStatement()
    $null = $ps.AddCommand('Import-Module').AddArgument($EmulatorModulePath).AddStatement()
    if ($Emulator) {
        $null = $ps.AddScript({
            param($emulator)
            $global:Emulator = $emulator
            $global:Conn = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
        }.ToString()).AddArgument($Emulator).AddStatement()
    }
    $ps
}

# Runs a script block to its end in a runspace of its own (New-TestRunspace) and returns what it wrote:
# Output, Progress (the Write-Progress records) and Errors.
function Invoke-InRunspace([scriptblock] $Script, [object[]] $ArgumentList = @(), [object] $Emulator) {
    $ps = New-TestRunspace -Emulator $Emulator
    try {
        $null = $ps.AddScript($Script.ToString())
        foreach ($argument in $ArgumentList) { $null = $ps.AddArgument($argument) }
        $output = $ps.Invoke()
        [pscustomobject]@{ Output = $output; Progress = @($ps.Streams.Progress); Errors = @($ps.Streams.Error) }
    }
    finally { $ps.Dispose() }
}

# Runs a script block in a runspace without a host and returns its output, then its errors as ErrorRecords.
# For -WhatIf: PowerShell writes "What if:" lines straight to the host, where no stream redirection can catch
# them, so run here they stay out of the test log.
function Invoke-Hostless([scriptblock] $Script, [object[]] $ArgumentList = @()) {
    $run = Invoke-InRunspace -Script $Script -ArgumentList $ArgumentList
    $run.Output
    $run.Errors
}

# Starts a command in a runspace of its own (both modules imported, $Conn pointing at the file's emulator) and
# returns at once, so that the test can stop it the way Ctrl+C does: $call.PowerShell.Stop(). The caller disposes of
# $call.PowerShell. One script, not a batch of statements: a batch started with BeginInvoke goes on to its next
# statement on a pool thread after Stop, and on a disposed runspace that ends the test process.
function Start-InRunspace([string] $Command) {
    $ps = [powershell]::Create()
    $null = $ps.AddScript((Get-TestPrelude) + $Command)
    [pscustomobject]@{ PowerShell = $ps; Handle = $ps.BeginInvoke() }
}

# Starts $Command in a runspace of its own, stops it the way Ctrl+C does once the emulator has seen $AfterRequests
# requests (and $ThenMs more milliseconds), and returns how long the stop took, the state it left, the requests a
# moment after the stop and a second later, and the most requests the emulator saw in flight.
function Stop-Midway([string] $Command, [int] $AfterRequests = 1, [int] $ThenMs = 0) {
    $call = Start-InRunspace $Command
    try {
        Wait-For -TimeoutSec 60 { (Get-MmsEmulatorStat -Emulator $Emulator).requests -ge $AfterRequests } | Out-Null
        Start-Sleep -Milliseconds $ThenMs
        $stopwatch = [Diagnostics.Stopwatch]::StartNew()
        $call.PowerShell.Stop()
        $stopSeconds = $stopwatch.Elapsed.TotalSeconds
        $state = $call.PowerShell.InvocationStateInfo.State
        Start-Sleep -Milliseconds 300
        $settled = (Get-MmsEmulatorStat -Emulator $Emulator).requests
        Start-Sleep -Milliseconds 700
        $stat = Get-MmsEmulatorStat -Emulator $Emulator
        [pscustomobject]@{ StopSeconds = $stopSeconds; State = $state; Settled = $settled; Later = $stat.requests; MaxInFlight = $stat.maxInFlight }
    }
    finally { $call.PowerShell.Dispose() }
}

# Lists the 1,000,000-table source at -ThrottleLimit $ThrottleLimit, stops it the way Ctrl+C does once three pages
# were asked for, and checks that it stopped at once, asked for no page after, and kept to the limit.
function Assert-ListingStopsMidway([int] $ThrottleLimit) {
    $stop = Stop-Midway "Get-MmsTable @Conn -SourceId 9000001 -ThrottleLimit $ThrottleLimit" -AfterRequests 3
    $stop.StopSeconds | Should -BeLessThan 10 -Because 'a listing must not hold Ctrl+C'
    $stop.State | Should -Be 'Stopped'
    $stop.Later | Should -Be $stop.Settled -Because 'no page is asked for after the stop'
    $stop.Settled | Should -BeLessThan 10000 -Because 'the listing was stopped long before its last page'
    $stop.MaxInFlight | Should -BeLessOrEqual $ThrottleLimit
}

# What a script run in a runspace or a child pwsh of its own starts with: both staged modules imported and $Conn
# pointing at this file's emulator.
function Get-TestPrelude {
    $secret = $Emulator.Credential.GetNetworkCredential().Password
    "Import-Module '$ModulePath'; Import-Module '$EmulatorModulePath'`n" +
        "`$Conn = @{ Endpoint = '$($Emulator.Endpoint)'; Credential = [pscredential]::new('$($Emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)) }`n"
}

# Runs $Script in a child pwsh with both modules imported and $Conn pointing at this file's emulator, and
# returns all it wrote, host output included, as text. "What if:" lines are host output, which no stream
# redirection catches: a child process keeps them out of the test log while the test can still read them.
function Get-ChildHostText([string] $Script) {
    $file = Join-Path ([IO.Path]::GetTempPath()) ("mms-child-" + [guid]::NewGuid().ToString('N') + '.ps1')
    Set-Content -Path $file -Value ((Get-TestPrelude) + $Script)
    try { & dotnet pwsh -NoProfile -NonInteractive -OutputFormat Text -File $file *>&1 | Out-String -Width 400 }
    finally { Remove-Item $file -ErrorAction SilentlyContinue }
}
