<#
.SYNOPSIS
    Builds, tests and demonstrates MmsPowerShell.
.DESCRIPTION
    Build  (default) stages the importable module at out/MmsPowerShell and the emulator at out/MmsEmulator.
    Package builds and writes out/packages/MmsPowerShell.<version>.nupkg with PSResourceGet
           (Publish-PSResource to a local file repository), ready for Install-PSResource.
    Test   builds, packages, runs the xunit and Pester suites, and prints one line "N passed, N failed".
           The report tests need a headless browser: MMS_BROWSER, or chromium/chrome/msedge on PATH; as root
           with apt-get, Debian's chromium is installed when none is found.
    Demo   builds, starts the local emulator, runs Get-MmsTable and Get-MmsTableColumn against it, migrates one
           database with Invoke-MmsMigration, writes its report (out/demo), stops the emulator.
    Bench  builds, measures import cost, per-call cost, throughput and memory against the emulator,
           and writes docs/benchmarks.md (figures are ratios against floors measured in the same run).
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench')]
    [string] $Task = 'Build',

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'MmsPowerShell'
$emulatorOut = Join-Path $out 'MmsEmulator'
$packagesOut = Join-Path $out 'packages'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
# Progress lines go to the information stream, shown by default.
$InformationPreference = 'Continue'
# A log (output redirected to a file or pipe, CI, NO_COLOR) gets plain text: no ANSI colour codes from
# PowerShell's formatting, Pester or dotnet.
$script:PlainOutput = [Console]::IsOutputRedirected -or [bool]$env:NO_COLOR -or [bool]$env:CI
if ($PlainOutput) {
    if (Get-Variable PSStyle -ErrorAction Ignore) { $PSStyle.OutputRendering = 'PlainText' }
    $env:NO_COLOR = '1'
    $env:DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION = '0'
}

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Build {
    if (Test-Path $out) { Remove-Item $out -Recurse -Force }
    # Module layout (see README, "Assembly isolation"):
    #   MmsPowerShell.dll                 netstandard2.0 cmdlets, the RootModule
    #   MmsPowerShell.Loader.dll          netstandard2.0, NestedModules: imported first, sets up loading below
    #                                     (these two are the only module assemblies in the default context)
    #   Dependencies/net8.0/              MmsPowerShell.Core + Microsoft.Extensions.* for PowerShell 7, loaded
    #                                     into the module's own AssemblyLoadContext (MmsPowerShell.LoadContext.dll)
    #   Dependencies/netstandard2.0/      the same for Windows PowerShell 5.1, bound by an AssemblyResolve handler
    $staging = Join-Path $out 'staging'
    foreach ($framework in 'net8.0', 'netstandard2.0') {
        Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell.Core/MmsPowerShell.Core.csproj') -c $Configuration -f $framework `
            -o (Join-Path $moduleOut "Dependencies/$framework") --nologo -v quiet
    }
    Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell.LoadContext/MmsPowerShell.LoadContext.csproj') -c $Configuration `
        -o (Join-Path $moduleOut 'Dependencies/net8.0') --nologo -v quiet
    Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell/MmsPowerShell.csproj') -c $Configuration `
        -o (Join-Path $staging 'cmdlets') --nologo -v quiet
    Copy-Item (Join-Path $staging 'cmdlets/MmsPowerShell.dll') -Destination $moduleOut
    $forwards = Join-Path $staging 'CoreTypeForwards.cs'
    Write-CoreTypeForwards -CoreAssembly (Join-Path $moduleOut 'Dependencies/netstandard2.0/MmsPowerShell.Core.dll') -Path $forwards
    Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell.Loader/MmsPowerShell.Loader.csproj') -c $Configuration `
        -o (Join-Path $staging 'loader') --nologo -v quiet "-p:MmsCoreTypeForwards=$forwards"
    Copy-Item (Join-Path $staging 'loader/MmsPowerShell.Loader.dll') -Destination $moduleOut
    Remove-Item $staging -Recurse -Force
    # PowerShell itself provides System.Management.Automation; a copy next to the module breaks loading.
    Get-ChildItem $moduleOut -Recurse -File -Include '*.pdb', '*.deps.json', 'System.Management.Automation.dll' | Remove-Item
    Copy-Item (Join-Path $root 'module/MmsPowerShell.psd1'), (Join-Path $root 'LICENSE'), (Join-Path $root 'CHANGELOG.md') -Destination $moduleOut
    Copy-Item (Join-Path $root 'module/*.Format.ps1xml') -Destination $moduleOut
    Assert-OneVersion
    & (Join-Path $root 'tools/New-MmsHelp.ps1') -ModulePath (Join-Path $moduleOut 'MmsPowerShell.psd1') -HelpSource (Join-Path $root 'module/help')
    Copy-Item (Join-Path $root 'module/help/about_MmsPowerShell.help.txt') -Destination (Join-Path $moduleOut 'en-US')

    Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell.Emulator/MmsPowerShell.Emulator.csproj') -c $Configuration `
        -o (Join-Path $emulatorOut 'bin') --nologo -v quiet
    Copy-Item (Join-Path $root 'module/MmsEmulator/*') -Destination $emulatorOut -Recurse
    Write-Information "Staged $moduleOut/MmsPowerShell.psd1 and $emulatorOut/MmsEmulator.psd1"
}

# PowerShell 7 resolves [TypeName] only in default-context assemblies, and MmsPowerShell.Core lives in the
# module's own load context: MmsPowerShell.Loader.dll (default context) forwards every public core type,
# so [MmsPowerShell.Core.Models.MmsTable] resolves through it. Generated from the built core, so new
# types are covered without anyone listing them.
function Write-CoreTypeForwards([string] $CoreAssembly, [string] $Path) {
    $stream = [IO.File]::OpenRead($CoreAssembly)
    try {
        $reader = [Reflection.Metadata.PEReaderExtensions]::GetMetadataReader([Reflection.PortableExecutable.PEReader]::new($stream))
        $lines = foreach ($handle in $reader.TypeDefinitions) {
            $type = $reader.GetTypeDefinition($handle)
            # Public top-level types; nested public types are forwarded with their declaring type.
            if (($type.Attributes -band [Reflection.TypeAttributes]::VisibilityMask) -ne [Reflection.TypeAttributes]::Public) { continue }
            $name = $reader.GetString($type.Name)
            if ($name -match '^(.+)`(\d+)$') { $name = $Matches[1] + '<' + (',' * ([int]$Matches[2] - 1)) + '>' }
            "[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(global::$($reader.GetString($type.Namespace)).$name))]"
        }
    }
    finally {
        $stream.Dispose()
    }
    Set-Content -Path $Path -Value (@('// Generated by build.ps1 from MmsPowerShell.Core.dll.') + @($lines | Sort-Object))
}

# The manifest's ModuleVersion is the only version number; Directory.Build.props reads it for every
# assembly. Fail the build if a staged assembly says otherwise (e.g. someone set <Version> in a csproj).
function Assert-OneVersion {
    $manifest = Import-PowerShellDataFile (Join-Path $moduleOut 'MmsPowerShell.psd1')
    $expected = [version]$manifest.ModuleVersion
    $assemblies = @(Get-ChildItem $moduleOut -Filter 'MmsPowerShell*.dll') +
        @(Get-ChildItem (Join-Path $moduleOut 'Dependencies') -Recurse -Filter 'MmsPowerShell.*.dll')
    foreach ($assembly in $assemblies) {
        $actual = [Reflection.AssemblyName]::GetAssemblyName($assembly.FullName).Version
        if ($actual.Major -ne $expected.Major -or $actual.Minor -ne $expected.Minor -or $actual.Build -ne $expected.Build) {
            throw "$($assembly.FullName) has version $actual; the manifest's ModuleVersion is $expected."
        }
    }
}

function Invoke-Package {
    New-Item -ItemType Directory -Path $packagesOut -Force | Out-Null
    Get-ChildItem $packagesOut -Filter 'MmsPowerShell.*.nupkg' | Remove-Item
    # A repository registered for this publish only (PSResourceGet keeps repositories per user).
    $repository = "MmsPowerShellBuild$PID"
    Register-PSResourceRepository -Name $repository -Uri $packagesOut -Trusted
    try {
        Publish-PSResource -Path $moduleOut -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository
    }
    $manifest = Import-PowerShellDataFile (Join-Path $moduleOut 'MmsPowerShell.psd1')
    $version = $manifest.ModuleVersion + $(if ($manifest.PrivateData.PSData.Prerelease) { '-' + $manifest.PrivateData.PSData.Prerelease })
    $package = Join-Path $packagesOut "MmsPowerShell.$version.nupkg"
    if (-not (Test-Path $package)) { throw "Publish-PSResource did not write $package." }
    Write-Information "Packaged $package"
}

function Get-PesterModulePath {
    $restoreProject = Join-Path $root 'tests/tools/TestTools.csproj'
    Invoke-Dotnet restore $restoreProject --nologo -v quiet
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $version = ([xml](Get-Content $restoreProject -Raw)).Project.ItemGroup.PackageDownload |
        Where-Object Include -EQ 'Pester' | ForEach-Object { $_.Version.Trim('[', ']') }
    Join-Path $packages.Trim() "pester/$version/tools/Pester.psd1"
}

function Invoke-XunitTests {
    $results = Join-Path $out 'TestResults'
    $total = [pscustomobject]@{ Passed = 0; Failed = 0 }
    foreach ($project in 'MmsPowerShell.Core.Tests', 'MmsPowerShell.Tests', 'MmsPowerShell.Emulator.Tests') {
        & dotnet test (Join-Path $root "tests/$project/$project.csproj") -c $Configuration --nologo `
            --logger "trx;LogFileName=$project.trx" --logger 'console;verbosity=minimal' --results-directory $results | Out-Host
        $trx = Join-Path $results "$project.trx"
        if (-not (Test-Path $trx)) {
            # No results file means the project did not build or the run crashed: count it as a failure.
            $total.Failed++
            continue
        }
        $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
        $total.Passed += [int]$counters.passed
        $total.Failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
    }
    $total
}

# The report tests open pages in a real headless browser (tests/Pester/ReportBrowser.ps1 finds it the same way):
# $env:MMS_BROWSER, else chromium, chrome or msedge on PATH. When there is none and the machine allows it (apt-get
# and root), Debian's chromium is installed; otherwise the Test task stops here and says how to provide one.
function Initialize-TestBrowser {
    if ($env:MMS_BROWSER) {
        if (Test-Path -LiteralPath $env:MMS_BROWSER) { return }
        throw "MMS_BROWSER is '$env:MMS_BROWSER', which does not exist. Point it at a Chromium, Chrome or Edge executable."
    }
    foreach ($name in 'chromium', 'chromium-browser', 'google-chrome', 'chrome', 'msedge') {
        if (Get-Command $name -CommandType Application -ErrorAction Ignore) { return }
    }
    $isRoot = ($IsLinux -or $IsMacOS) -and (& id -u) -eq '0'
    if ($isRoot -and (Get-Command apt-get -CommandType Application -ErrorAction Ignore)) {
        Write-Information 'No browser for the report tests: installing Debian''s chromium (apt-get install chromium).'
        $env:DEBIAN_FRONTEND = 'noninteractive'
        & apt-get update -qq
        if ($LASTEXITCODE -eq 0) { & apt-get install -y -qq chromium }
        if ($LASTEXITCODE -eq 0 -and (Get-Command chromium -CommandType Application -ErrorAction Ignore)) { return }
        throw "apt-get could not install chromium (exit code $LASTEXITCODE). Install a browser yourself, or set MMS_BROWSER to one."
    }
    throw 'The report tests need a headless Chromium, Chrome or Edge and none was found. Install one (Debian/Ubuntu: ' +
        'sudo apt-get install chromium; this task does it when run as root), put chromium, chrome or msedge on PATH, or set MMS_BROWSER to its executable.'
}

function Invoke-PesterTests {
    # The tests run with PowerShell's defaults, not this script's Stop preference and strict mode: they
    # check non-terminating errors, and strict mode would turn an empty result's missing property into an error.
    $ErrorActionPreference = 'Continue'
    Set-StrictMode -Off
    Import-Module (Get-PesterModulePath) -MinimumVersion 5.0 -Force
    $configuration = New-PesterConfiguration
    $configuration.Run.Path = Join-Path $root 'tests/Pester'
    $configuration.Run.PassThru = $true
    $configuration.Run.Exit = $false
    $configuration.Output.Verbosity = 'Normal'
    if ($PlainOutput) { $configuration.Output.RenderMode = 'Plaintext' }
    $result = Invoke-Pester -Configuration $configuration
    [pscustomobject]@{ Passed = $result.PassedCount; Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount }
}

function Invoke-Demo {
    Import-Module (Join-Path $emulatorOut 'MmsEmulator.psd1') -Force
    Import-Module (Join-Path $moduleOut 'MmsPowerShell.psd1') -Force
    $emulator = Start-MmsEmulator
    try {
        $connection = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
        Write-Information "`nPS> Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $($emulator.Endpoint) -Credential `$cred | Format-List"
        Get-MmsTable -SourceId 2000028 -TableId 22 @connection | Format-List | Out-Host
        Write-Information "PS> Get-MmsTable -SourceId 2000028 -TableId 1,2,3,22 ..."
        Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 22 @connection | Out-Host
        Write-Information "PS> Get-MmsTable -SourceId 2000028 -TableId 22 ... | Get-MmsTableColumn"
        Get-MmsTable -SourceId 2000028 -TableId 22 @connection | Get-MmsTableColumn | Out-Host
        # The whole migration of one database of the demo warehouse, then its report: the run's ledger and the page
        # go to out/demo, so a second demo starts afresh.
        $demoOut = Join-Path $out 'demo'
        if (Test-Path $demoOut) { Remove-Item $demoOut -Recurse -Force }
        New-Item -ItemType Directory -Path $demoOut | Out-Null
        $report = Join-Path $demoOut 'finance-wave1.html'
        Write-Information "PS> Invoke-MmsMigration -SourceId 2000060 -Name finance-wave1 -DbName finance -MaxRunningJobs 2 ... | Export-MmsMigrationReport -Path $report -PassThru"
        $run = Invoke-MmsMigration -SourceId 2000060 -Name finance-wave1 -DbName finance -TablesPerJob 60 -MaxRunningJobs 2 `
            -PollIntervalSec 0.5 -RetryDelaySec 1 -StatePath (Join-Path $demoOut 'finance-wave1.mmsmigration.json') @connection
        $run | Out-Host
        $page = $run | Export-MmsMigrationReport -Path $report -PassThru
        Write-Information "Report: $($page.FullName) ($($page.Length) bytes): open it in a browser."
    }
    finally {
        $emulator | Stop-MmsEmulator
    }
}

Push-Location $root
try {
    Invoke-Build
    switch ($Task) {
        'Build' { }
        'Package' { Invoke-Package }
        'Demo' { Invoke-Demo }
        'Bench' { & (Join-Path $root 'tools/Invoke-MmsBenchmark.ps1') -RepoRoot $root }
        'Test' {
            Invoke-Package   # tests/Pester/Packaging.Tests.ps1 installs this package
            Initialize-TestBrowser
            $xunit = Invoke-XunitTests
            $pester = Invoke-PesterTests
            $passed = $xunit.Passed + $pester.Passed
            $failed = $xunit.Failed + $pester.Failed
            Write-Information "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
            Write-Output "$passed passed, $failed failed"
            if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
        }
    }
}
finally {
    Pop-Location
}
