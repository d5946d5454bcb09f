# Destinations that mean what they say, against the emulator: New-MmsJob always sends dstDbName (the tables' own
# destination without -DestinationProject, one job per database and destination), a table without a destination is
# an error before anything is sent, -WhatIf says where each job lands, a timer run sends each table to its own
# destination, and Get-MmsTable -IncludeLastTask shows where the latest job really put a table.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    # A table as a service would send one whose destination was never set: the emulator's tables all have one.
    function Remove-Destination($Table) {
        $Table.GetType().GetProperty('DestinationProject').SetValue($Table, $null)
        $Table
    }
}

Describe 'New-MmsJob without -DestinationProject' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }
    BeforeEach { Get-Stat | Out-Null }

    It 'sends piped tables to the destination Set-MmsTable gave them, every task included' {
        Get-MmsTable -SourceId 2000028 -DbName sales @Conn | Set-MmsTable -DestinationProject dw_prod @Conn
        $tables = Get-MmsTable -SourceId 2000028 -DbName sales @Conn
        $tables.DestinationProject | Sort-Object -Unique | Should -Be 'dw_prod'
        $job = $tables | New-MmsJob -Name to-dw @Conn
        $job.Name | Should -Be 'to-dw'
        $job.DstDbName | Should -Be 'dw_prod'
        $job = $job | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction Stop
        $tasks = $job | Get-MmsTask @Conn
        $tasks.Count | Should -Be $tables.Count
        $tasks.DstDbName | Sort-Object -Unique | Should -Be 'dw_prod'
        (Get-MmsTable -SourceId 2000028 -DbName sales @Conn).DestinationProject | Sort-Object -Unique | Should -Be 'dw_prod'
    }

    It 'makes one job per database and destination, named Name-<db> and Name-<db>-<project>' {
        Get-MmsTable -SourceId 2000028 -TableId 1 @Conn | Set-MmsTable -DestinationProject dw_a @Conn
        Get-MmsTable -SourceId 2000028 -TableId 2 @Conn | Set-MmsTable -DestinationProject dw_b @Conn
        $tables = Get-MmsTable -SourceId 2000028 -TableId 1, 2, 4 @Conn
        Get-Stat | Out-Null
        $jobs = $tables | New-MmsJob -Name split @Conn
        $jobs.Name | Should -Be @('split-sales-dw_a', 'split-sales-dw_b', 'split-logs')
        $jobs.DstDbName | Should -Be @('dw_a', 'dw_b', 'mma_logs')
        $jobs.Config.Tables | Should -Be @('orders', 'customers', 'access_log')
        (Get-Stat).byAction.CreateMmsJob | Should -Be 3
        foreach ($job in $jobs) {
            ($job | Get-MmsTask @Conn).DstDbName | Should -Be $job.DstDbName
        }
    }

    It 'suffixes only the project when one database goes to several' {
        $jobs = Get-MmsTable -SourceId 2000028 -TableId 1, 2 @Conn | New-MmsJob -Name two @Conn
        $jobs.Name | Should -Be @('two-dw_a', 'two-dw_b')
    }

    It 'by -DbName reads the tables and splits the database by destination' {
        $jobs = New-MmsJob -SourceId 2000028 -Name by-name -DbName sales @Conn
        $stat = Get-Stat
        $stat.byAction.ListMmsTables | Should -Be 1
        $jobs.DstDbName | Should -Be @('dw_a', 'dw_b', 'dw_prod')
        $jobs.Type | Sort-Object -Unique | Should -Be 'Tables'
        ($jobs | Where-Object DstDbName -EQ dw_prod).Config.Tables | Should -Be 'order_items'
    }

    It 'by -DbName a database going to one project stays a whole-database job, with its dstDbName' {
        $job = New-MmsJob -SourceId 2000028 -Name logs-all -DbName logs @Conn
        $job.Type | Should -Be 'Database'
        $job.DstDbName | Should -Be 'mma_logs'
        ($job | Get-MmsTask @Conn).DstDbName | Sort-Object -Unique | Should -Be 'mma_logs'
    }

    It 'by -DbName -Table reads each table''s destination' {
        $jobs = New-MmsJob -SourceId 2000028 -Name named -DbName sales -Table customers, orders @Conn
        $jobs.Name | Should -Be @('named-dw_b', 'named-dw_a')
        $jobs.Config.Tables | Should -Be @('customers', 'orders')
    }

    It 'refuses an unknown table or database before anything is sent' {
        New-MmsJob -SourceId 2000028 -Name bad -DbName sales -Table orders, no_such @Conn -ErrorVariable err -ErrorAction SilentlyContinue |
            Out-Null
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsTableNotFound$($Suffix)NewMmsJobCommand"
        $err[0].Exception.Message | Should -Match "'no_such'"
        $err[0].TargetObject.DbName | Should -Be 'sales'
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1 -Because 'orders still goes, alone'
        New-MmsJob -SourceId 2000028 -Name bad -DbName nowhere @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err2[0].FullyQualifiedErrorId | Should -Be "MmsDatabaseNotFound$($Suffix)NewMmsJobCommand"
        (Get-Stat).byAction.CreateMmsJob | Should -BeNullOrEmpty
    }

    It 'a table without a destination is an error for that table; the others go' {
        $tables = Get-MmsTable -SourceId 2000028 -TableId 4, 5 @Conn
        $null = Remove-Destination $tables[0]
        Get-Stat | Out-Null
        $job = $tables | New-MmsJob -Name partial @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsDestinationMissing$($Suffix)NewMmsJobCommand"
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject.TableId | Should -Be 4
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'Set-MmsTable -DestinationProject'
        $job.Config.Tables | Should -Be 'error_log'
        $job.DstDbName | Should -Be 'mma_logs'
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
    }

    It 'sends nothing when no table has a destination, and -ErrorAction Stop stops before any request' {
        $table = Remove-Destination (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn)
        Get-Stat | Out-Null
        $table | New-MmsJob -Name none @Conn -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        { $table | New-MmsJob -Name none @Conn -ErrorAction Stop } | Should -Throw -ErrorId "MmsDestinationMissing$($Suffix)NewMmsJobCommand"
        (Get-Stat).requests | Should -Be 0
        # -DestinationProject gives it one.
        ($table | New-MmsJob -Name given -DestinationProject mc_proj @Conn).DstDbName | Should -Be 'mc_proj'
    }

    It '-WhatIf says where each job lands and sends nothing for piped tables' {
        $text = Get-ChildHostText 'Get-MmsTable -SourceId 2000028 -TableId 1, 2, 4 @Conn | New-MmsJob -Name preview -WhatIf @Conn'
        $text | Should -Match ([regex]::Escape("Create migration job 'preview-sales-dw_a'"))
        $text | Should -Match ([regex]::Escape('source 2000028, database sales, tables orders -> project dw_a'))
        $text | Should -Match ([regex]::Escape('database logs, tables access_log -> project mma_logs'))
        $stat = Get-Stat
        $stat.byAction.CreateMmsJob | Should -BeNullOrEmpty
        $stat.byAction.ListMmsTables | Should -BeNullOrEmpty
    }

    It '-WhatIf by name reads the tables, says where they land, and creates nothing' {
        $text = Get-ChildHostText 'New-MmsJob -SourceId 2000028 -Name preview -DbName logs -WhatIf @Conn'
        $text | Should -Match ([regex]::Escape('the whole database logs -> project mma_logs'))
        $stat = Get-Stat
        $stat.byAction.CreateMmsJob | Should -BeNullOrEmpty
        $stat.byAction.ListMmsTables | Should -Be 1
    }
}

Describe 'Partitions piped into New-MmsJob' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'sends their ids as the job''s partitions, to their destination' {
        $partitions = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -First 3 @Conn
        Get-Stat | Out-Null
        $job = $partitions | New-MmsJob -Name some-parts @Conn -ErrorVariable err
        $err | Should -BeNullOrEmpty
        @($job).Count | Should -Be 1
        $job.Type | Should -Be 'Partitions'
        $job.Config.Partitions | Should -Be $partitions.PartitionId
        $job.DstDbName | Should -Be 'mma_logs'
        (Get-Stat).byAction.CreateMmsJob | Should -Be 1
    }

    It 'by -PartitionId reads the partitions for their destination' {
        $job = New-MmsJob -SourceId 2000028 -Name by-id -DbName logs -PartitionId 400001, 400002 @Conn
        $job.Config.Partitions | Should -Be @(400001, 400002)
        $job.DstDbName | Should -Be 'mma_logs'
        New-MmsJob -SourceId 2000028 -Name by-id -DbName logs -PartitionId 999999999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue |
            Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "MmsPartitionNotFound$($Suffix)NewMmsJobCommand"
    }
}

Describe 'Where a table''s data went' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It '-DestinationProject moves a table elsewhere with a warning; -IncludeLastTask shows where it went' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 4 @Conn
        $job = $table | New-MmsJob -Name elsewhere -DestinationProject mc_proj @Conn -WarningVariable warn
        $warn.Count | Should -Be 1
        $warn[0].Message | Should -Match 'logs.access_log \(destination mma_logs\)'
        $warn[0].Message | Should -Match 'IncludeLastTask'
        $job = $job | Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.05 @Conn -ErrorAction Stop
        ($job | Get-MmsTask @Conn).DstDbName | Should -Be 'mc_proj'

        Get-Stat | Out-Null
        $plain = Get-MmsTable -SourceId 2000028 -TableId 4 @Conn
        $plain.DestinationProject | Should -Be 'mma_logs' -Because 'the next job without -DestinationProject still goes there'
        $plain.LastDestinationProject | Should -BeNullOrEmpty -Because 'tasks are read only when asked'
        (Get-Stat).byAction.ListMmsTasks | Should -BeNullOrEmpty

        $seen = Get-MmsTable -SourceId 2000028 -TableId 4 -IncludeLastTask @Conn
        $seen.LastDestinationProject | Should -Be 'mc_proj'
        $seen.LastJobId | Should -Be $job.JobId
        $seen.LastTaskStatus | Should -Be 'DONE'
        (Get-Stat).byAction.ListMmsTasks | Should -Be 1
    }

    It '-IncludeLastTask reads one task listing per database, whatever the number of tables' {
        $tables = Get-MmsTable -SourceId 2000028 -IncludeLastTask @Conn
        (Get-Stat).byAction.ListMmsTasks | Should -Be 3 -Because 'source 2000028 has three databases'
        ($tables | Where-Object TableId -EQ 1).LastJobId | Should -Be 101
        ($tables | Where-Object TableId -EQ 4).LastDestinationProject | Should -Be 'mc_proj'
        ($tables | Where-Object TableId -EQ 2).LastJobId | Should -BeNullOrEmpty -Because 'no job ever ran it'
        ($tables | Where-Object TableId -EQ 7).LastJobId | Should -BeNullOrEmpty -Because 'job 103 lists it but never started'
    }

    It 'a task listing that fails leaves the Last properties empty, says so once, and writes every table' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 500 -Code InternalError -Action ListMmsTasks | Out-Null
        try {
            $tables = Get-MmsTable -SourceId 2000028 -DbName logs -IncludeLastTask @Conn -MaximumRetryCount 0 -WarningVariable warn -ErrorVariable err
            $err | Should -BeNullOrEmpty
            $tables.TableId | Should -Be @(4, 5)
            @($tables | Where-Object LastJobId).Count | Should -Be 0
            $warn.Count | Should -Be 1
            $warn[0].Message | Should -Match 'source 2000028, database logs: its tasks could not be read'
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }
}

Describe 'A timer''s jobs' {
    BeforeAll { Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'send each table to its own destination as it is when the timer fires' {
        Get-MmsTable -SourceId 2000028 -DbName sales @Conn | Set-MmsTable -DestinationProject dw_nightly @Conn
        $timer = New-MmsTimer -SourceId 2000028 -Name nightly -DbName sales -Table orders, customers -Daily 02:00 @Conn
        $job = $timer | Start-MmsTimer -PassThru @Conn
        $job.DstDbName | Should -Be 'dw_nightly'
        ($job | Get-MmsTask @Conn).DstDbName | Sort-Object -Unique | Should -Be 'dw_nightly'

        Get-MmsTable -SourceId 2000028 -TableId 2 @Conn | Set-MmsTable -DestinationProject dw_other @Conn
        $next = $timer | Start-MmsTimer -PassThru @Conn
        $tasks = $next | Get-MmsTask @Conn
        ($tasks | Where-Object SrcTableName -EQ orders).DstDbName | Should -Be 'dw_nightly'
        ($tasks | Where-Object SrcTableName -EQ customers).DstDbName | Should -Be 'dw_other'
        $next.DstDbName | Should -BeNullOrEmpty -Because 'the tables of the run go to two projects'
    }

    It 'the help says so' {
        ((Get-Help New-MmsTimer -Full | Out-String) -replace '\s+', ' ') | Should -Match 'Each table of a run goes to its own destination'
        ((Get-Help Start-MmsTimer -Full | Out-String) -replace '\s+', ' ') | Should -Match 'each table to its own DestinationProject'
    }
}
