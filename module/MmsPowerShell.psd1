# Plain data: Import-PowerShellDataFile, Test-ModuleManifest and Update-PSModuleManifest all read it.
# ModuleVersion and Prerelease are the project's only version number: Directory.Build.props reads them
# from here for the assemblies, and build.ps1 checks the staged assembly against them.
@{
    # One netstandard2.0 cmdlet assembly for both editions. The nested MmsPowerShell.Loader.dll is imported
    # first and makes the edition's core library and dependencies loadable: Dependencies/net8.0 in the
    # module's own AssemblyLoadContext (PowerShell 7), Dependencies/netstandard2.0 (Windows PowerShell 5.1).
    RootModule             = 'MmsPowerShell.dll'
    NestedModules          = @('MmsPowerShell.Loader.dll')
    ModuleVersion          = '0.1.0'
    GUID                   = '5f0d8a52-3c61-4c1e-9a57-7d1f6f3f2b9e'
    Author                 = 'MmsPowerShell contributors'
    CompanyName            = 'MmsPowerShell'
    Copyright              = '(c) MmsPowerShell contributors. MIT License.'
    Description            = 'Cmdlets for Alibaba Cloud MaxCompute Migration Assist (MMA): list and read data sources, databases, tables, columns and partitions and sum up a migration, signed with ACS3-HMAC-SHA256. PowerShell 7.4+ and Windows PowerShell 5.1.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('MmsPowerShell.Format.ps1xml', 'MmsPowerShell.Jobs.Format.ps1xml', 'MmsPowerShell.Setup.Format.ps1xml', 'MmsPowerShell.Migration.Format.ps1xml')
    # Explicit, and kept in step with the cmdlet classes by tests/Pester/Module.Tests.ps1.
    CmdletsToExport        = @(
        'Connect-Mms'
        'Disconnect-Mms'
        'Get-MmsContext'
        'Get-MmsDataSource'
        'Get-MmsDatabase'
        'Get-MmsTable'
        'Get-MmsTableColumn'
        'Get-MmsTablePartition'
        'Measure-MmsMigration'
        'Invoke-MmsMigration'
        'Export-MmsMigrationReport'
        'New-MmsJob'
        'Get-MmsJob'
        'Start-MmsJob'
        'Stop-MmsJob'
        'Restart-MmsJob'
        'Remove-MmsJob'
        'Wait-MmsJob'
        'Get-MmsAsyncTask'
        'Get-MmsTask'
        'Get-MmsTaskLog'
        'Restart-MmsTask'
        'Set-MmsTable'
        'Set-MmsDatabase'
        'Get-MmsDataSourceConfigItem'
        'New-MmsDataSource'
        'Set-MmsDataSource'
        'Remove-MmsDataSource'
        'Start-MmsMetadataScan'
        'Get-MmsMetadataScan'
        'New-MmsTimer'
        'Get-MmsTimer'
        'Set-MmsTimer'
        'Suspend-MmsTimer'
        'Resume-MmsTimer'
        'Remove-MmsTimer'
        'Start-MmsTimer'
        'Get-MmsTimerLog'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Prerelease   = 'preview1'
            Tags         = @('AlibabaCloud', 'Aliyun', 'MaxCompute', 'MMA', 'Migration', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/mmspowershell/MmsPowerShell'
            LicenseUri   = 'https://github.com/mmspowershell/MmsPowerShell/blob/main/LICENSE'
            ReleaseNotes = 'First preview, not yet released: the read side (tables, columns, partitions, databases, data sources), running migrations (jobs, tasks, logs, waiting), setting them up (metadata scans, timers, destinations, data sources), ACS3 signing, the full credential chain, retries, bounded concurrency. The full list is in CHANGELOG.md, shipped in the module folder (https://github.com/mmspowershell/MmsPowerShell/blob/main/CHANGELOG.md).'
        }
    }
}
