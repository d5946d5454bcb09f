@{
    RootModule           = 'MmsEmulator.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '0c7f3f1e-6a2b-4a55-8d9e-2f6f8e1b4c37'
    Author               = 'MmsPowerShell contributors'
    Copyright            = '(c) MmsPowerShell contributors. MIT License.'
    Description          = 'Starts and controls the local MaxCompute Migration Assist (MMA) emulator, for trying MmsPowerShell and testing runbooks offline.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    FunctionsToExport    = @('Start-MmsEmulator', 'Stop-MmsEmulator', 'Set-MmsEmulatorFault', 'Clear-MmsEmulatorFault', 'Get-MmsEmulatorStat', 'Get-MmsEmulatorSetting', 'Set-MmsEmulatorSetting',
                             'Invoke-MmsEmulatorRequest')
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
}
