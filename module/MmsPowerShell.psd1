@{
    # The build that matches the running PowerShell: net8.0 for PowerShell 7.4+, netstandard2.0 for
    # Windows PowerShell 5.1 (one assembly for both would drag .NET Framework shims into pwsh, where they
    # clash with the versions pwsh ships). Choosing here, not in a .psm1 loader, keeps import to a few ms.
    RootModule           = if ($PSEdition -eq 'Core') { 'net8.0/MmsPowerShell.dll' } else { 'netstandard2.0/MmsPowerShell.dll' }
    ModuleVersion        = '0.1.0'
    GUID                 = '5f0d8a52-3c61-4c1e-9a57-7d1f6f3f2b9e'
    Author               = 'MmsPowerShell contributors'
    CompanyName          = 'MmsPowerShell'
    Copyright            = '(c) MmsPowerShell contributors. MIT License.'
    Description          = 'Cmdlets for Alibaba Cloud MaxCompute Migration Assist (MMA): list and read data sources, databases, tables and columns and sum up a migration, signed with ACS3-HMAC-SHA256.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('MmsPowerShell.Format.ps1xml', 'MmsPowerShell.Jobs.Format.ps1xml', 'MmsPowerShell.Setup.Format.ps1xml')
    CmdletsToExport      = @('Connect-Mms', 'Disconnect-Mms', 'Get-MmsContext', 'Get-MmsDataSource', 'Get-MmsDatabase', 'Get-MmsTable', 'Get-MmsTableColumn', 'Get-MmsTablePartition', 'Measure-MmsMigration', 'New-MmsJob', 'Get-MmsJob', 'Start-MmsJob', 'Stop-MmsJob', 'Restart-MmsJob', 'Remove-MmsJob', 'Wait-MmsJob', 'Get-MmsTask', 'Get-MmsTaskLog', 'Restart-MmsTask', 'Set-MmsTable', 'Set-MmsDatabase', 'Get-MmsDataSourceConfigItem', 'New-MmsDataSource', 'Set-MmsDataSource', 'Remove-MmsDataSource', 'Start-MmsMetadataScan', 'Get-MmsMetadataScan', 'New-MmsTimer', 'Get-MmsTimer', 'Set-MmsTimer', 'Suspend-MmsTimer', 'Resume-MmsTimer', 'Remove-MmsTimer', 'Start-MmsTimer', 'Get-MmsTimerLog')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AlibabaCloud', 'Aliyun', 'MaxCompute', 'MMA', 'Migration', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/mmspowershell/MmsPowerShell'
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
