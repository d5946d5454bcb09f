<#
.SYNOPSIS
    Builds, tests and demonstrates MmsPowerShell.
.DESCRIPTION
    Build  (default) stages the importable module at out/MmsPowerShell and the emulator at out/MmsEmulator.
    Test   builds, runs the xunit and Pester suites, and prints one line "N passed, N failed".
    Demo   builds, starts the local emulator, runs Get-MmsTable and Get-MmsTableColumn against it, stops it.
    Bench  builds, measures import cost, per-call cost, throughput and memory against the emulator,
           and writes docs/benchmarks.md (figures are ratios against floors measured in the same run).
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Bench')]
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
    foreach ($framework in 'net8.0', 'netstandard2.0') {
        Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell/MmsPowerShell.csproj') -c $Configuration -f $framework `
            -o (Join-Path $moduleOut $framework) --nologo -v quiet
        # PowerShell itself provides System.Management.Automation; a copy next to the module breaks loading.
        Remove-Item (Join-Path $moduleOut "$framework/System.Management.Automation.dll") -ErrorAction SilentlyContinue
        Get-ChildItem (Join-Path $moduleOut $framework) -Filter '*.pdb' | Remove-Item
        Get-ChildItem (Join-Path $moduleOut $framework) -Filter '*.deps.json' | Remove-Item
    }
    Copy-Item (Join-Path $root 'module/MmsPowerShell.psd1') -Destination $moduleOut
    Copy-Item (Join-Path $root 'module/*.Format.ps1xml') -Destination $moduleOut
    & (Join-Path $root 'tools/New-MmsHelp.ps1') -ModulePath (Join-Path $moduleOut 'MmsPowerShell.psd1') -HelpSource (Join-Path $root 'module/help')
    Copy-Item (Join-Path $root 'module/help/about_MmsPowerShell.help.txt') -Destination (Join-Path $moduleOut 'en-US')

    Invoke-Dotnet publish (Join-Path $root 'src/MmsPowerShell.Emulator/MmsPowerShell.Emulator.csproj') -c $Configuration `
        -o (Join-Path $emulatorOut 'bin') --nologo -v quiet
    Copy-Item (Join-Path $root 'module/MmsEmulator/*') -Destination $emulatorOut -Recurse
    Write-Information "Staged $moduleOut/MmsPowerShell.psd1 and $emulatorOut/MmsEmulator.psd1"
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
    foreach ($project in 'MmsPowerShell.Core.Tests', 'MmsPowerShell.Tests') {
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
        'Demo' { Invoke-Demo }
        'Bench' { & (Join-Path $root 'tools/Invoke-MmsBenchmark.ps1') -RepoRoot $root }
        'Test' {
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
