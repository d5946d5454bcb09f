# Set-MmsTable and Set-MmsDatabase against the emulator: one request per database for piped tables,
# -WhatIf that sends nothing and says what would change, -PassThru read-backs, bad input.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    # WhatIf lines go to the host, not to a stream: a transcript is what sees them.
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Set-MmsTable' {
    It 'changes the piped tables of one database in one UpdateMmsTables request and reads them back' {
        $tables = Get-MmsTable -SourceId 2000028 -DbName sales @Conn
        Get-Stat | Out-Null
        $updated = $tables | Set-MmsTable -DestinationProject dw_prod -DestinationSchema ods -PassThru @Conn
        $stat = Get-Stat
        $stat.byAction.UpdateMmsTables | Should -Be 1
        $stat.byAction.UpdateMmsTable | Should -BeNullOrEmpty
        $updated | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTable])
        $updated.TableId | Should -Be $tables.TableId
        $updated.DestinationProject | Sort-Object -Unique | Should -Be 'dw_prod'
        $updated.DestinationSchema | Sort-Object -Unique | Should -Be 'ods'
        (Get-MmsTable -SourceId 2000028 -DbName sales @Conn).DestinationProject | Sort-Object -Unique | Should -Be 'dw_prod'
    }

    It 'sends one UpdateMmsTable for a lone table and writes nothing without -PassThru' {
        Get-Stat | Out-Null
        Set-MmsTable -SourceId 2000028 -TableId 22 -DestinationName test_v2 @Conn | Should -BeNullOrEmpty
        (Get-Stat).byAction.UpdateMmsTable | Should -Be 1
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn).DestinationName | Should -Be 'test_v2'
    }

    It 'resets a failed table with -Status INIT (any case)' {
        (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn).Status | Should -Be 'FAILED'
        (Set-MmsTable -SourceId 2000028 -TableId 4 -Status init -PassThru @Conn).Status | Should -Be 'INIT'
    }

    It 'groups piped tables by database: one request per database' {
        $tables = Get-MmsTable -SourceId 2000028 @Conn | Where-Object DbName -In 'mms_test', 'logs'
        Get-Stat | Out-Null
        $tables | Set-MmsTable -DestinationProject grouped @Conn
        (Get-Stat).byAction.UpdateMmsTables | Should -Be 2
    }

    It '-WhatIf sends nothing and shows the current and new value of each table' {
        $tables = Get-MmsTable -SourceId 2000031 @Conn | Select-Object -First 2
        Get-Stat | Out-Null
        $text = Get-ChildHostText 'Get-MmsTable -SourceId 2000031 @Conn | Select-Object -First 2 | Set-MmsTable -DestinationProject elsewhere -Status INIT -WhatIf @Conn'
        $sent = (Get-Stat).byAction
        $sent.UpdateMmsTables | Should -BeNullOrEmpty
        $sent.UpdateMmsTable | Should -BeNullOrEmpty
        $text | Should -Match ([regex]::Escape("DestinationProject '$($tables[0].DestinationProject)' -> 'elsewhere'"))
        $text | Should -Match ([regex]::Escape("Status '$($tables[0].Status)' -> 'INIT'"))
        $text | Should -Match ([regex]::Escape("table $($tables[1].DbName).$($tables[1].Name) (source 2000031, table $($tables[1].TableId))"))
        (Get-MmsTable -SourceId 2000031 -TableId $tables[0].TableId @Conn).DestinationProject | Should -Be $tables[0].DestinationProject
    }

    It 'refuses to run with nothing to change, before any request' {
        Get-Stat | Out-Null
        { Set-MmsTable -SourceId 2000028 -TableId 1 @Conn } | Should -Throw -ErrorId 'MmsNothingToChange,MmsPowerShell.Commands.SetMmsTableCommand'
        (Get-Stat).requests | Should -Be 0
    }

    It 'refuses -DestinationName for several tables, before any request' {
        Get-Stat | Out-Null
        { Set-MmsTable -SourceId 2000028 -TableId 1, 2 -DestinationName same @Conn } |
            Should -Throw -ErrorId 'MmsDestinationNameForManyTables,MmsPowerShell.Commands.SetMmsTableCommand'
        (Get-Stat).requests | Should -Be 0
    }

    It 'refuses an unknown status while binding' {
        { Set-MmsTable -SourceId 2000028 -TableId 1 -Status RESET @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.SetMmsTableCommand'
    }

    It 'writes a pipeable not-found error in place and changes the other tables' {
        $updated = Set-MmsTable -SourceId 2000028 -TableId 5, 999, 6 -DestinationSchema s2 -PassThru @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $updated.TableId | Should -Be @(5, 6)
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsTableNotFound,MmsPowerShell.Commands.SetMmsTableCommand'
        $err[0].TargetObject.TableId | Should -Be 999
    }

    It 'gives every table of a failed batch its own error, so the targets retry them' {
        $tables = Get-MmsTable -SourceId 2000050 -DbName even_db -First 3 @Conn
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Action UpdateMmsTables -Times 1 -Status 400 -Code InvalidParameter -Message 'refused' | Out-Null
        $tables | Set-MmsTable -Status INIT @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 3
        $err.TargetObject.TableId | Should -Be $tables.TableId
        $err.TargetObject | Set-MmsTable -Status INIT -PassThru @Conn | Should -HaveCount 3
    }

    It 'never resends an update whose answer was lost, and says how to check' {
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action UpdateMmsTable -Times 1 | Out-Null
        Set-MmsTable -SourceId 2000028 -TableId 7 -DestinationSchema lost @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        (Get-Stat).byAction.UpdateMmsTable | Should -Be 1
        $err[0].ToString() + $err[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape('Get-MmsTable -SourceId 2000028 -TableId 7'))
        (Get-MmsTable -SourceId 2000028 -TableId 7 @Conn).DestinationSchema | Should -Be 'lost'
    }
}

Describe 'Set-MmsDatabase' {
    It 'changes a piped database and reads it back' {
        $db = Get-MmsDatabase -SourceId 2000028 -Name mms_test @Conn
        Get-Stat | Out-Null
        $updated = $db | Set-MmsDatabase -DestinationProject dw_test -DestinationSchema ods -PassThru @Conn
        (Get-Stat).byAction.UpdateMmsDb | Should -Be 1
        $updated.DestinationProject | Should -Be 'dw_test'
        $updated.DestinationName | Should -Be 'ods'
    }

    It 'resets every table of a database by id' {
        Set-MmsDatabase -SourceId 2000031 -DbId (Get-MmsDatabase -SourceId 2000031 @Conn).DbId -Status INIT @Conn | Should -BeNullOrEmpty
        (Get-MmsTable -SourceId 2000031 @Conn).Status | Sort-Object -Unique | Should -Be 'INIT'
    }

    It '-WhatIf sends nothing and names the change' {
        $db = Get-MmsDatabase -SourceId 2000028 -Name logs @Conn
        Get-Stat | Out-Null
        $text = Get-ChildHostText 'Get-MmsDatabase -SourceId 2000028 -Name logs @Conn | Set-MmsDatabase -DestinationProject p9 -WhatIf @Conn'
        (Get-Stat).byAction.UpdateMmsDb | Should -BeNullOrEmpty
        $text | Should -Match ([regex]::Escape("DestinationProject '$($db.DestinationProject)' -> 'p9'"))
    }

    It 'refuses to run with nothing to change, and reports an unknown database in place' {
        { Set-MmsDatabase -SourceId 2000028 -DbId 3 @Conn } | Should -Throw -ErrorId 'MmsNothingToChange,MmsPowerShell.Commands.SetMmsDatabaseCommand'
        Set-MmsDatabase -SourceId 2000028 -DbId 404 -Status INIT @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDatabaseNotFound,MmsPowerShell.Commands.SetMmsDatabaseCommand'
        $err[0].TargetObject.DbId | Should -Be 404
    }
}
