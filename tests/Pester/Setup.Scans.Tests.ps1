# Metadata scans against the emulator: Start-MmsMetadataScan with and without -Wait (progress, result parsed,
# failures as errors, timeout, -WhatIf), Get-MmsMetadataScan by id and from data sources.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -ScanMs 400 | Out-Null
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Start-MmsMetadataScan' {
    It 'starts a scan and writes it as read, still running' {
        $scan = Start-MmsMetadataScan -SourceId 2000028 -DbName mms_test @Conn
        $scan | Should -BeOfType ([MmsPowerShell.Core.Models.MmsMetadataScan])
        $scan.Status | Should -Be 'SCAN_DOING'
        $scan.IsRunning | Should -BeTrue
        $scan.Progress | Should -BeGreaterOrEqual 1
        $scan.Result | Should -BeNullOrEmpty
    }

    It 'waits and writes the finished scan with its parsed result' {
        $scan = Start-MmsMetadataScan -SourceId 2000028 -DbName sales -Wait -PollIntervalSec 0.1 @Conn
        $scan.Status | Should -Be 'SCAN_DONE'
        $scan.PercentComplete | Should -Be 100
        $scan.Result.Databases | Should -Be 1
        $scan.Result.Tables | Should -BeGreaterThan 0
        $scan.ResultText | Should -Match '"tables"'
        (Get-MmsTable -SourceId 2000028 -DbName sales -Name "new_events_$($scan.ScanId)" @Conn) | Should -HaveCount 1
    }

    It 'scans named tables of a database, adding the new ones' {
        $scan = Start-MmsMetadataScan -SourceId 2000028 -DbName sales -TableName orders, refunds -Wait -PollIntervalSec 0.1 @Conn
        $scan.Status | Should -Be 'SCAN_DONE'
        (Get-MmsTable -SourceId 2000028 -DbName sales -Name refunds @Conn).Name | Should -Be 'refunds'
    }

    It 'writes a failed scan as an error with the service message and a pipeable target' {
        Start-MmsMetadataScan -SourceId 2000028 -DbName no_such_db -Wait -PollIntervalSec 0.1 @Conn -ErrorVariable err -ErrorAction SilentlyContinue |
            Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsMetadataScanFailed,MmsPowerShell.Commands.StartMmsMetadataScanCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $err[0].Exception.Message | Should -Match 'SCAN_FAILED'
        $err[0].Exception.Message | Should -Match 'no_such_db.*[^.]\.$' -Because 'the service''s own final period is not doubled'
        ($err[0].TargetObject | Get-MmsMetadataScan @Conn).ErrorMessage | Should -Not -BeNullOrEmpty
        { Start-MmsMetadataScan -SourceId 2000028 -DbName no_such_db -Wait -PollIntervalSec 0.1 -ErrorAction Stop @Conn } |
            Should -Throw -ErrorId 'MmsMetadataScanFailed,MmsPowerShell.Commands.StartMmsMetadataScanCommand'
    }

    It 'gives up waiting at -WaitTimeoutSec with MmsWaitTimeout' {
        Set-MmsEmulatorSetting -Emulator $Emulator -ScanMs 5000 | Out-Null
        try {
            Start-MmsMetadataScan -SourceId 2000028 -DbName logs -Wait -WaitTimeoutSec 1 -PollIntervalSec 0.2 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be 'MmsWaitTimeout,MmsPowerShell.Commands.StartMmsMetadataScanCommand'
        }
        finally { Set-MmsEmulatorSetting -Emulator $Emulator -ScanMs 400 | Out-Null }
    }

    It 'scans piped databases and sends nothing under -WhatIf' {
        Get-Stat | Out-Null
        Invoke-Hostless { param($conn) Start-MmsMetadataScan -SourceId 2000028 -WhatIf @conn } -ArgumentList $Conn | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
        $scans = Get-MmsDatabase -SourceId 2000050 @Conn | Start-MmsMetadataScan @Conn
        $scans.Count | Should -Be 2
        (Get-Stat).byAction.CreateMmsFetchMetadataJob | Should -Be 2
    }

    It 'reports an unknown data source and never resends a lost start' {
        Start-MmsMetadataScan -SourceId 1234 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceNotFound,MmsPowerShell.Commands.StartMmsMetadataScanCommand'
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsFetchMetadataJob -Times 1 | Out-Null
        Start-MmsMetadataScan -SourceId 2000031 @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue
        (Get-Stat).byAction.CreateMmsFetchMetadataJob | Should -Be 1
        $err2[0].ToString() + $err2[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape('Get-MmsDataSource -SourceId 2000031 | Get-MmsMetadataScan'))
    }
}

Describe 'Get-MmsMetadataScan' {
    It 'gets scans by id and the latest scan of piped data sources' {
        $scan = Start-MmsMetadataScan -SourceId 2000031 -Wait -PollIntervalSec 0.1 @Conn
        (Get-MmsMetadataScan -SourceId 2000031 -ScanId $scan.ScanId @Conn).Status | Should -Be 'SCAN_DONE'
        # A data source binds its SourceId and ScanId, and reports its latest scan.
        $source = Get-MmsDataSource -SourceId 2000031 @Conn
        $source.ScanId | Should -Be $scan.ScanId
        $source.ScanStatus | Should -Be 'DONE'
        ($source | Get-MmsMetadataScan @Conn).Result.Databases | Should -Be 1
        ($scan | Get-MmsMetadataScan @Conn | Format-Table | Out-String) | Should -Match 'SCAN_DONE\s+100%'
    }

    It 'reads the scan a seeded data source reports before any new one' {
        $found = Get-MmsDataSource -SourceId 2000045 @Conn | Get-MmsMetadataScan @Conn -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $found.ScanId | Should -Be 20000450
        $found.Status | Should -Be 'SCAN_DONE'
        $found.Result.Tables | Should -Be (Get-MmsTable -SourceId 2000045 @Conn).Count
        Get-MmsMetadataScan -SourceId 2000045 -ScanId 20000280 @Conn -ErrorAction SilentlyContinue -ErrorVariable other
        $other[0].FullyQualifiedErrorId | Should -Be 'MmsScanNotFound,MmsPowerShell.Commands.GetMmsMetadataScanCommand' -Because 'another source''s seeded scan is not this one''s'
    }

    It 'a running scan shows on its data source as DOING' {
        Set-MmsEmulatorSetting -Emulator $Emulator -ScanMs 5000 | Out-Null
        try {
            $scan = Start-MmsMetadataScan -SourceId 2000050 @Conn
            $source = Get-MmsDataSource -SourceId 2000050 @Conn
            $source.ScanId | Should -Be $scan.ScanId
            $source.ScanStatus | Should -Be 'DOING'
        }
        finally {
            Set-MmsEmulatorSetting -Emulator $Emulator -ScanMs 400 | Out-Null
        }
    }

    It 'reports an unknown scan with a pipeable target' {
        Get-MmsMetadataScan -SourceId 2000028 -ScanId 99999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsScanNotFound,MmsPowerShell.Commands.GetMmsMetadataScanCommand'
        $err[0].TargetObject.ScanId | Should -Be 99999
    }
}
