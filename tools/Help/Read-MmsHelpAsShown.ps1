<#
.SYNOPSIS
    Writes, as one line of JSON, what Get-Help shows for each exported cmdlet of a module.
.DESCRIPTION
    tools/New-MmsHelp.ps1 runs this script in a child process (dotnet pwsh -File) after writing the
    MAML, to prove that Get-Help finds and parses it: Get-Help silently falls back to bare syntax when
    it does not. It needs a process of its own for the same reason as Read-MmsCmdletMetadata.ps1:
    importing the module loads MmsPowerShell.dll into the process for good.

    On failure it writes the error and its script stack trace to stderr and exits with code 1.
.EXAMPLE
    dotnet pwsh -NoProfile -File tools/Help/Read-MmsHelpAsShown.ps1 -ModulePath out/MmsPowerShell/MmsPowerShell.psd1
#>
[CmdletBinding()]
param(
    # The module manifest to import.
    [Parameter(Mandatory)] [string] $ModulePath
)

$ErrorActionPreference = 'Stop'
# Progress records are of no use to the parent, which reads only stdout, as JSON.
$ProgressPreference = 'SilentlyContinue'

try {
    Import-Module $ModulePath -Force
    $module = Get-Module ([IO.Path]::GetFileNameWithoutExtension($ModulePath)) | Select-Object -First 1
    $shown = foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
        $help = Get-Help $name -Full
        [pscustomobject]@{
            Name       = $name
            Synopsis   = [string] $help.Synopsis
            Examples   = @($help.examples.example | Where-Object { $_ }).Count
            Parameters = @($help.parameters.parameter | Where-Object { $_ } | ForEach-Object { [string] $_.name })
        }
    }
    ConvertTo-Json -InputObject @($shown) -Depth 4 -Compress
}
catch {
    [Console]::Error.WriteLine($_.ToString() + [Environment]::NewLine + $_.ScriptStackTrace)
    exit 1
}
