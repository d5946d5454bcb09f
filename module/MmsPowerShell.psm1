# Loads the build that matches the running PowerShell: net8.0 for PowerShell 7.4+, netstandard2.0 for
# Windows PowerShell 5.1. One assembly for both would drag .NET Framework shims (Microsoft.Bcl.*) into
# pwsh, where they clash with the versions pwsh ships.
$framework = if ($PSEdition -eq 'Core') { 'net8.0' } else { 'netstandard2.0' }
Import-Module -Name (Join-Path -Path $PSScriptRoot -ChildPath "$framework/MmsPowerShell.dll") -ErrorAction Stop
Export-ModuleMember -Cmdlet 'Get-MmsTable', 'Get-MmsTableColumn'
