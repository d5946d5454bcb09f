# How the module's objects read: the table and list views, the grouped views of columns and partitions, the
# summary's view, exports to CSV and JSON, and progress on long calls. Against the emulator.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
}

AfterAll {
    Clear-MmsEmulatorFault -Emulator $Emulator
    $Emulator | Stop-MmsEmulator
}

Describe 'Table views' {
    BeforeAll {
        $script:Tables = Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 22 @Conn
    }

    It 'has a table view that fits 80 columns' {
        $text = $Tables | Format-Table | Out-String -Width 200
        $lines = $text -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^\s*TableId\s+DbName\s+Name\s+Status\s+Parts\s+Size\s+Rows\s*$'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $_ }
        $text | Should -Match '\b22 mms_test\s+test\s+DONE\s+80/100\s+22\.7 KB\s+233K'
    }

    It 'has a list view with everything' {
        $text = $Tables | Where-Object TableId -EQ 22 | Format-List | Out-String -Width 120
        foreach ($label in 'Table', 'TableId', 'Source', 'Status', 'Partitions', 'Columns', 'PartitionKeys', 'Size', 'NumRows',
            'LastDdlTime', 'Owner', 'Location', 'InputFormat', 'OutputFormat', 'Serde', 'Extra', 'RequestId') {
            $text | Should -Match "(?m)^$label\s*:" -Because "the list view shows $label"
        }
        $text | Should -Match 'Partitions\s*: 100 total: 80 done, 20 doing, 0 failed'
        $text | Should -Match 'Columns\s*: user_id bigint'
        $text | Should -Match 'Size\s*: 22\.7 KB \(23,232 bytes\)'
    }

    It 'shows every property with Format-List *' {
        $text = $Tables[0] | Format-List * | Out-String
        foreach ($name in 'SourceId', 'TableId', 'DestinationProject', 'PartitionCount', 'MetadataUpdated', 'ExtraText') {
            $text | Should -Match "(?m)^$name\s*:"
        }
    }
}

Describe 'Column, partition and summary views' {
    It 'has a table view grouped by table' {
        $text = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn | Out-String -Width 200
        $text | Should -Match 'Table: mms_test\.test \(source 2000028, table 22\)'
        $text | Should -Match '(?m)^\s*1 user_id\s+bigint\s+False\s+user id'
        $text | Should -Match '(?m)^\s*2 p1\s+string\s+False\s+yes\s+first partition level'
    }

    It 'has a view grouped by table' {
        $text = Get-MmsTablePartition -SourceId 2000028 -TableId 5 -First 2 @Conn | Out-String -Width 200
        $text | Should -Match 'Table: logs\.error_log \(source 2000028, table 5\)'
        $text | Should -Match '(?m)^\s*500001 dt=20240101\s+DONE'
    }

    It 'its view fits 80 columns and breaks long values between words' {
        $text = Get-MmsDataSource @Conn | Measure-MmsMigration | Out-String -Width 80
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $text | Should -Match 'not\s+started,\s+\d+\s+failed' -Because 'no word is cut at the edge'
        $text | Should -Match '(?m)^\s{13}\S' -Because 'a long value goes on under itself'
        $text | Should -Match 'pipe their databases or\s+tables\)'
    }
}

Describe 'Readable exports' {
    BeforeAll {
        $script:Table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        $script:Samples = @{
            Table     = $Table
            Column    = $Table | Get-MmsTableColumn
            Partition = Get-MmsTablePartition -SourceId 2000028 -TableId 22 -First 1 @Conn
            Database  = Get-MmsDatabase -SourceId 2000028 -DbId 3 @Conn
            Source    = Get-MmsDataSource -SourceId 2000028 @Conn
            Summary   = $Table | Measure-MmsMigration
        }
    }

    It 'writes status as text in JSON for tables, databases and partitions' {
        foreach ($name in 'Table', 'Database', 'Partition') {
            $json = $Samples[$name] | Select-Object -First 1 | ConvertTo-Json -Depth 1 -WarningAction SilentlyContinue | ConvertFrom-Json
            $json.Status | Should -BeOfType ([string]) -Because "$name status"
            $json.Status | Should -BeIn @('INIT', 'DOING', 'DONE', 'PART_DONE', 'FAILED')
        }
        ($Table | ConvertTo-Json -Depth 1 -WarningAction SilentlyContinue) | Should -Match '"Status": "DONE"'
    }

    It 'keeps Where-Object Status -eq FAILED and sorting by status working' {
        $tables = Get-MmsTable -SourceId 2000028 @Conn
        ($tables | Where-Object Status -EQ FAILED).TableId | Should -Be @(4)
        ($tables | Where-Object Status -EQ 'failed').TableId | Should -Be @(4)
        ($tables | Group-Object Status).Name | Should -Contain 'PART_DONE'
        ($tables | Sort-Object Status | Select-Object -First 1).Status | Should -Be 'DOING'
    }

    It 'writes no .NET type name into CSV for any model' {
        foreach ($name in $Samples.Keys) {
            $csv = $Samples[$name] | Select-Object -First 1 | ConvertTo-Csv -NoTypeInformation | Out-String
            $csv | Should -Not -Match 'System\.|MmsPowerShell\.Core' -Because "$name exports as text"
        }
        $row = $Table | ConvertTo-Csv | ConvertFrom-Csv
        $row.Columns | Should -Be 'user_id bigint'
        $row.PartitionKeys | Should -Be 'p1 string'
        $row.Extra | Should -BeLike '*field.delim=|*'
        $row.Status | Should -Be 'DONE'
        ($Samples.Summary | ConvertTo-Csv | ConvertFrom-Csv).SourceIds | Should -Be '2000028'
    }

    It 'keeps collections enumerable and the extra properties addressable' {
        $Table.Columns[0].Name | Should -Be 'user_id'
        @($Table.Columns).Count | Should -Be 1
        $Table.Extra['field.delim'] | Should -Be '|'
    }
}

Describe 'Progress' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'reports a long listing against the first page''s total, off the object stream, and completes it' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 700 -Action ListMmsTables
        $run = Invoke-InRunspace { param($e, $c) Get-MmsTable -SourceId 2000050 -Endpoint $e -Credential $c -ThrottleLimit 1 } -ArgumentList $Emulator.Endpoint, $Emulator.Credential
        $run.Output.Count | Should -Be 230
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTable]) }
        $run.Progress.Count | Should -BeGreaterThan 1
        $run.Progress[0].StatusDescription | Should -Match 'of 230$'
        $run.Progress[-1].RecordType | Should -Be 'Completed'
    }

    It 'reports by-id requests against the number of ids' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 300 -Action GetMmsTable
        $run = Invoke-InRunspace { param($e, $c) Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 4, 5, 6, 7, 22 -Endpoint $e -Credential $c -ThrottleLimit 1 } -ArgumentList $Emulator.Endpoint, $Emulator.Credential
        $run.Output.Count | Should -Be 8
        ($run.Progress | Where-Object RecordType -EQ Processing)[0].StatusDescription | Should -Match ' of 8$'
        $run.Progress[-1].RecordType | Should -Be 'Completed'
    }

    It 'stays quiet for short calls' {
        $run = Invoke-InRunspace { param($e, $c) Get-MmsTable -SourceId 2000050 -Endpoint $e -Credential $c } -ArgumentList $Emulator.Endpoint, $Emulator.Credential
        $run.Output.Count | Should -Be 230
        $run.Progress.Count | Should -Be 0
    }
}
