# How the module's objects read: the table and list views, the grouped views of columns and partitions, the
# summary's view, exports to CSV and JSON, and progress on long calls. Against the emulator.
# Every label of every default view is a property of its type, so what is seen can be selected by that name.
BeforeDiscovery {
    $root = Split-Path (Split-Path $PSScriptRoot)
    $script:Views = foreach ($file in Get-ChildItem (Join-Path $root 'module') -Filter '*.Format.ps1xml') {
        foreach ($view in ([xml](Get-Content $file.FullName -Raw)).Configuration.ViewDefinitions.View) {
            $labels = [System.Collections.Generic.List[string]]::new()
            $group = $view.GroupBy
            if ($group) { $labels.Add($(if ($group.Label) { $group.Label } else { $group.PropertyName })) }
            if ($view.TableControl) {
                $headers = @($view.TableControl.TableHeaders.TableColumnHeader)
                $items = @($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem)
                for ($i = 0; $i -lt $headers.Count; $i++) {
                    $labels.Add($(if ($headers[$i].Label) { $headers[$i].Label } else { $items[$i].PropertyName }))
                }
            }
            if ($view.ListControl) {
                foreach ($item in @($view.ListControl.ListEntries.ListEntry.ListItems.ListItem)) {
                    $labels.Add($(if ($item.Label) { $item.Label } else { $item.PropertyName }))
                }
            }
            $kind = if ($view.TableControl) { 'table' } elseif ($view.ListControl) { 'list' } else { 'custom' }
            @{ File = $file.Name; Type = $view.ViewSelectedBy.TypeName; Kind = $kind; Labels = @($labels) }
        }
    }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null

    # Text of objects as an 80-column terminal shows them, split into lines without trailing blanks.
    function Get-Lines80 { param([Parameter(ValueFromPipeline)] $InputObject) end { ($input | Out-String -Width 80) -split "`r?`n" | ForEach-Object TrimEnd } }
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
        $lines[0] | Should -Match '^\s*SourceId\s+TableId\s+Table\s+Status\s+Parts\s+Failed\s+Size\s*$'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $_ }
        $text | Should -Match '\b22 mms_test\.test\s+DONE\s+80/100\s+0\s+22\.7 KB'
    }

    It 'has a list view with everything' {
        $text = $Tables | Where-Object TableId -EQ 22 | Format-List | Out-String -Width 120
        foreach ($label in 'Table', 'TableId', 'SourceName', 'Status', 'Partitions', 'Columns', 'PartitionKeys', 'Size', 'NumRows',
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

Describe 'View labels' {
    It 'finds the views' {
        $Views.Count | Should -BeGreaterThan 10
    }

    It '<Type> <Kind> view (<File>): every label is a property' -ForEach $Views {
        $type = $Type -as [type]
        $type | Should -Not -BeNullOrEmpty -Because "$Type must be a type the module loads"
        $properties = $type.GetProperties().Name
        foreach ($label in $Labels) {
            $properties | Should -Contain $label -Because "the $Kind view of $Type shows '$label', so `Select-Object $label` must work"
        }
    }

    It 'selects what the table list view shows by the names it shows' {
        $text = Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Format-List Table, Destination, Partitions | Get-Lines80
        $text | Should -Contain 'Table       : logs.access_log'
        $text | Should -Contain 'Destination : mma_logs.default.access_log'
        $text | Should -Contain 'Partitions  : 720 total: 500 done, 0 doing, 220 failed'
        (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Select-Object Failed, Parts | ConvertTo-Csv | ConvertFrom-Csv).Failed | Should -Be '220'
    }
}

Describe 'Views at 80 columns' {
    It 'lists tables across sources with a source column, whole ids and failed partitions' {
        $lines = Get-MmsDataSource @Conn | Get-MmsTable -Status FAILED @Conn | Get-Lines80
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $lines[1] | Should -Match '^SourceId\s+TableId\s+Table\s+Status\s+Parts\s+Failed\s+Size$'
        $lines | Should -Contain ($lines | Where-Object { $_ -match '^\s*2000028\s+4 logs\.access_log\s+FAILED\s+500/720\s+220\s+1 TB$' })
        @($lines -match '^\s*2000045\s+203 archive\.events_2019').Count | Should -Be 1
        @($lines -match '^\s*2000031\s+').Count | Should -Be 2 -Because 'each source''s rows name it'
    }

    It 'gives a task log message the width: the YARN error reads in a few full lines' {
        $lines = Get-MmsTaskLog -SourceId 2000028 -TaskId 1002 @Conn | Get-Lines80
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $start = [array]::IndexOf($lines, ($lines -match '^\S.*DATA_FAILED\s+copy data$')[0])
        $start | Should -BeGreaterThan 0
        $message = @($lines[($start + 1)..($lines.Count - 1)] | Where-Object { $_ -match '^    \S' })
        $message.Count | Should -BeLessOrEqual 5 -Because 'the message gets the whole width, not a 23-character column'
        ($message | Measure-Object -Property Length -Maximum).Maximum | Should -BeGreaterThan 60
        ($message -join ' ') -replace '\s+', ' ' | Should -Match 'Container killed by YARN for exceeding memory limits'
    }

    It 'shows job names, projects, timer names and scan ids whole' {
        $job = New-MmsJob -SourceId 2000028 -Name 'sales_full_reload_night' -DbName sales -Table customers -DestinationProject 'dw_warehouse_prod' @Conn
        try {
            $lines = $job | Get-Lines80
            ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
            $lines -join "`n" | Should -Match 'sales_full_reload_night'
            $lines -join "`n" | Should -Match 'sales -> dw_warehouse_prod'
        }
        finally { $job | Remove-MmsJob -Confirm:$false @Conn }

        $timer = New-MmsTimer -SourceId 2000028 -Name 'sales_nightly_incremental' -DbName sales -Daily 02:00 @Conn
        try {
            $lines = $timer | Get-Lines80
            ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
            $lines -join "`n" | Should -Match 'sales_nightly_incremental'
        }
        finally { $timer | Remove-MmsTimer -Confirm:$false @Conn }

        $lines = Get-MmsDataSource -SourceId 2000028 @Conn | Get-MmsMetadataScan @Conn | Get-Lines80
        $lines -join "`n" | Should -Match '(?m)^\s*20000280\s+2000028\s+SCAN_DONE' -Because 'a scan id never wraps into what reads as a source id'
    }

    It 'keeps every table view within 80 columns' {
        $samples = @(
            Get-MmsDataSource @Conn
            Get-MmsDatabase -SourceId 2000028 @Conn
            Get-MmsJob -SourceId 2000028 @Conn
            Get-MmsTask -SourceId 2000028 -JobId 102 @Conn
            Get-MmsTablePartition -SourceId 2000028 -TableId 4 -First 3 @Conn
            Get-MmsDataSourceConfigItem -Type HIVE @Conn
            Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn
        )
        foreach ($group in $samples | Group-Object { $_.GetType().Name }) {
            $lines = $group.Group | Get-Lines80
            ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80 -Because "$($group.Name) fits"
        }
    }
}
