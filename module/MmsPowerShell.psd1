@{
    RootModule           = 'MmsPowerShell.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5f0d8a52-3c61-4c1e-9a57-7d1f6f3f2b9e'
    Author               = 'MmsPowerShell contributors'
    CompanyName          = 'MmsPowerShell'
    Copyright            = '(c) MmsPowerShell contributors. MIT License.'
    Description          = 'Cmdlets for Alibaba Cloud MaxCompute Migration Assist (MMA): read tables and columns of MMA data sources, signed with ACS3-HMAC-SHA256.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('MmsPowerShell.Format.ps1xml')
    CmdletsToExport      = @('Get-MmsTable', 'Get-MmsTableColumn')
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
