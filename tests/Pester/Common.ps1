# Dot-sourced by every Pester file: imports the STAGED module and emulator (never the source tree)
# and starts one emulator for the file. Repo root is two levels up.
$script:RepoRoot = Split-Path (Split-Path $PSScriptRoot)
# Error tests rely on non-terminating errors staying non-terminating, whatever the caller prefers.
$script:ErrorActionPreference = 'Continue'
$script:ModulePath = if ($env:MMS_MODULE_PATH) { $env:MMS_MODULE_PATH } else { Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1' }
$script:EmulatorModulePath = Join-Path $RepoRoot 'out/MmsEmulator/MmsEmulator.psd1'
Import-Module $ModulePath -Force
Import-Module $EmulatorModulePath -Force

function Start-TestEmulator {
    $emulator = Start-MmsEmulator
    $script:Emulator = $emulator
    $script:Conn = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
    $emulator
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

# Runs a script block in a new runspace without a host, the staged module imported, and returns its output.
# For -WhatIf: PowerShell writes "What if:" lines straight to the host, where no stream redirection can catch
# them, so run here they stay out of the test log. Errors are returned as ErrorRecords after the output.
function Invoke-Hostless([scriptblock] $Script, [object[]] $ArgumentList = @()) {
    $ps = [powershell]::Create()
    try {
        $null = $ps.AddCommand('Import-Module').AddArgument($ModulePath).AddStatement()
        $null = $ps.AddCommand('Import-Module').AddArgument($EmulatorModulePath).AddStatement()
        $null = $ps.AddScript($Script.ToString())
        foreach ($argument in $ArgumentList) { $null = $ps.AddArgument($argument) }
        $ps.Invoke()
        $ps.Streams.Error
    }
    finally { $ps.Dispose() }
}

# Runs $Script in a child pwsh with both modules imported and $Conn pointing at this file's emulator, and
# returns all it wrote, host output included, as text. "What if:" lines are host output, which no stream
# redirection catches: a child process keeps them out of the test log while the test can still read them.
function Get-ChildHostText([string] $Script) {
    $file = Join-Path ([IO.Path]::GetTempPath()) ("mms-child-" + [guid]::NewGuid().ToString('N') + '.ps1')
    $secret = $Emulator.Credential.GetNetworkCredential().Password
    $prelude = "Import-Module '$ModulePath'; Import-Module '$EmulatorModulePath'`n" +
        "`$Conn = @{ Endpoint = '$($Emulator.Endpoint)'; Credential = [pscredential]::new('$($Emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)) }`n"
    Set-Content -Path $file -Value ($prelude + $Script)
    try { & dotnet pwsh -NoProfile -NonInteractive -OutputFormat Text -File $file *>&1 | Out-String -Width 400 }
    finally { Remove-Item $file -ErrorAction SilentlyContinue }
}
