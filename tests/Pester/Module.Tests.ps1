BeforeAll {
    . $PSScriptRoot/Common.ps1
    # Test-ModuleManifest, not Import-PowerShellDataFile: the manifest picks its RootModule by $PSEdition.
    $script:Manifest = Test-ModuleManifest $ModulePath
    $script:ManifestText = Get-Content $ModulePath -Raw
}

Describe 'The staged module' {
    It 'exports exactly its cmdlets, explicitly' {
        $ManifestText | Should -Match "CmdletsToExport\s*=\s*@\('Connect-Mms', 'Disconnect-Mms', 'Get-MmsContext', 'Get-MmsDataSource', 'Get-MmsDatabase', 'Get-MmsTable', 'Get-MmsTableColumn', 'Get-MmsTablePartition', 'Measure-MmsMigration', 'New-MmsJob', 'Get-MmsJob', 'Start-MmsJob', 'Stop-MmsJob', 'Restart-MmsJob', 'Remove-MmsJob', 'Wait-MmsJob', 'Get-MmsTask', 'Get-MmsTaskLog', 'Restart-MmsTask', 'Set-MmsTable', 'Set-MmsDatabase', 'Get-MmsDataSourceConfigItem', 'New-MmsDataSource', 'Set-MmsDataSource', 'Remove-MmsDataSource', 'Start-MmsMetadataScan', 'Get-MmsMetadataScan', 'New-MmsTimer', 'Get-MmsTimer', 'Set-MmsTimer', 'Suspend-MmsTimer', 'Resume-MmsTimer', 'Remove-MmsTimer', 'Start-MmsTimer', 'Get-MmsTimerLog'\)"
        $ManifestText | Should -Not -Match "ToExport\s*=\s*'?\*"
        (Get-Module MmsPowerShell).ExportedCmdlets.Keys | Sort-Object | Should -Be @('Connect-Mms', 'Disconnect-Mms', 'Get-MmsContext', 'Get-MmsDatabase', 'Get-MmsDataSource', 'Get-MmsDataSourceConfigItem', 'Get-MmsJob', 'Get-MmsMetadataScan', 'Get-MmsTable', 'Get-MmsTableColumn', 'Get-MmsTablePartition', 'Get-MmsTask', 'Get-MmsTaskLog', 'Get-MmsTimer', 'Get-MmsTimerLog', 'Measure-MmsMigration', 'New-MmsDataSource', 'New-MmsJob', 'New-MmsTimer', 'Remove-MmsDataSource', 'Remove-MmsJob', 'Remove-MmsTimer', 'Restart-MmsJob', 'Restart-MmsTask', 'Resume-MmsTimer', 'Set-MmsDatabase', 'Set-MmsDataSource', 'Set-MmsTable', 'Set-MmsTimer', 'Start-MmsJob', 'Start-MmsMetadataScan', 'Start-MmsTimer', 'Stop-MmsJob', 'Suspend-MmsTimer', 'Wait-MmsJob')
        (Get-Module MmsPowerShell).ExportedFunctions.Count | Should -Be 0
        (Get-Module MmsPowerShell).ExportedAliases.Count | Should -Be 0
    }

    It 'declares both editions and a format file' {
        $Manifest.CompatiblePSEditions | Sort-Object | Should -Be @('Core', 'Desktop')
        $Manifest.ExportedFormatFiles | Split-Path -Leaf | Should -Contain 'MmsPowerShell.Format.ps1xml'
        $Manifest.ExportedFormatFiles | Split-Path -Leaf | Should -Contain 'MmsPowerShell.Jobs.Format.ps1xml'
        $Manifest.ExportedFormatFiles | Split-Path -Leaf | Should -Contain 'MmsPowerShell.Setup.Format.ps1xml'
        Test-Path (Join-Path (Split-Path $ModulePath) 'MmsPowerShell.Format.ps1xml') | Should -BeTrue
    }

    It 'loads the net8.0 build in PowerShell 7, chosen by the manifest' {
        $Manifest.RootModule | Should -Be 'net8.0/MmsPowerShell.dll'
        $ManifestText | Should -Match "else \{ 'netstandard2.0/MmsPowerShell.dll' \}"
        (Get-Module MmsPowerShell).ModuleType | Should -Be 'Binary'
        [MmsPowerShell.Core.Models.MmsTable].Assembly.Location | Should -BeLike '*net8.0*'
    }

    It 'ships a net8.0 build for PowerShell 7 and a netstandard2.0 build for Windows PowerShell, without System.Management.Automation' {
        $base = Split-Path $ModulePath
        foreach ($framework in 'net8.0', 'netstandard2.0') {
            Test-Path (Join-Path $base "$framework/MmsPowerShell.dll") | Should -BeTrue
            Test-Path (Join-Path $base "$framework/MmsPowerShell.Core.dll") | Should -BeTrue
            Test-Path (Join-Path $base "$framework/System.Management.Automation.dll") | Should -BeFalse
        }
    }

    It 'declares output types' {
        (Get-Command Get-MmsTable).OutputType.Name | Should -Be 'MmsPowerShell.Core.Models.MmsTable'
        (Get-Command Get-MmsTableColumn).OutputType.Name | Should -Be 'MmsPowerShell.Core.Models.MmsTableColumn'
    }

    It 'binds ids by property name' {
        foreach ($command in 'Get-MmsTable', 'Get-MmsTableColumn') {
            foreach ($name in 'SourceId', 'TableId') {
                $parameter = (Get-Command $command).Parameters[$name]
                $parameter.ParameterSets.Values.ValueFromPipelineByPropertyName | Should -Contain $true
            }
        }
    }

    It 'has the connection parameters on every cmdlet' {
        foreach ($command in 'Get-MmsDataSource', 'Get-MmsDatabase', 'Get-MmsTable', 'Get-MmsTableColumn') {
            foreach ($name in 'Region', 'Endpoint', 'ProfileName', 'Credential', 'SecurityToken', 'Proxy', 'ThrottleLimit', 'MaximumRetryCount', 'TimeoutSec') {
                (Get-Command $command).Parameters.Keys | Should -Contain $name
            }
        }
    }

    It 'imports in a fresh pwsh and makes a call against the emulator' {
        $emulator = Start-MmsEmulator
        try {
            $secret = $emulator.Credential.GetNetworkCredential().Password
            $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModulePath'
`$cred = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force))
`$t = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint '$($emulator.Endpoint)' -Credential `$cred
"`$(`$PSVersionTable.PSEdition)|`$(`$t.Name)|`$(`$t.Status)|`$((Get-Module MmsPowerShell).ModuleBase)"
"@
            Push-Location $RepoRoot
            try { $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1) }
            finally { Pop-Location }
            $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
            $output[-1] | Should -Be "Core|test|DONE|$(Split-Path $ModulePath)"
        }
        finally {
            $emulator | Stop-MmsEmulator
        }
    }
}
