# Whole-source workflows: data sources, databases, table listings with paging and filters, the migration
# summary, and tab completion, against the emulator.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    function Get-Requests { (Get-MmsEmulatorStat -Emulator $Emulator -Reset).requests }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsDataSource' {
    It 'lists every data source, the empty one included' {
        $sources = Get-MmsDataSource @Conn
        $sources | Should -BeOfType ([MmsPowerShell.Core.Models.MmsDataSource])
        $sources.SourceId | Should -Be @(2000028, 2000031, 2000045, 2000050, 2000060, 2000099)
        ($sources | Where-Object SourceId -EQ 2000028).Name | Should -Be 'demo'
        ($sources | Where-Object SourceId -EQ 2000028).TableCount | Should -Be 8
        ($sources | Where-Object SourceId -EQ 2000099).TableCount | Should -Be 0
    }

    It 'gets data sources by id, with a not-found error in place' {
        $sources = Get-MmsDataSource -SourceId 2000031, 1234, 2000045 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $sources.SourceId | Should -Be @(2000031, 2000045)
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceNotFound,MmsPowerShell.Commands.GetMmsDataSourceCommand'
        $err[0].TargetObject.SourceId | Should -Be 1234
    }

    It 'filters names with wildcards' {
        (Get-MmsDataSource @Conn -Name '*_hive').Name | Should -Be 'sales_hive'
        (Get-MmsDataSource @Conn -Name 'LOGS*').Name | Should -Be 'logs_archive'
    }

    It 'finds the data source of piped tables' {
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsDataSource @Conn).Name | Should -Be 'demo'
    }
}

Describe 'Get-MmsDatabase' {
    It 'lists the databases of a data source' {
        $dbs = Get-MmsDatabase -SourceId 2000028 @Conn
        $dbs.DbName | Should -Be @('mms_test', 'sales', 'logs')
        (Get-MmsDatabase -SourceId 2000050 @Conn).DbName | Should -Be @('odd_db', 'even_db')
        (Get-MmsDatabase -SourceId 2000050 @Conn -Name 'EVEN*').DbName | Should -Be 'even_db'
        ($dbs | Where-Object DbName -EQ 'logs').Status | Should -Be 'FAILED'
    }

    It 'gets databases by id and refreshes piped ones' {
        (Get-MmsDatabase -SourceId 2000028 -DbId 4 @Conn).DbName | Should -Be 'sales'
        (Get-MmsDatabase -SourceId 2000028 -DbId 4 @Conn | Get-MmsDatabase @Conn).DbName | Should -Be 'sales'
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsDatabase @Conn).DbName | Should -Be 'mms_test'
        Get-MmsDatabase -SourceId 2000028 -DbId 999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDatabaseNotFound,MmsPowerShell.Commands.GetMmsDatabaseCommand'
    }

    It 'takes data sources from the pipeline' {
        (Get-MmsDataSource -SourceId 2000028, 2000031 @Conn | Get-MmsDatabase @Conn).DbName | Should -Be @('mms_test', 'sales', 'logs', 'warehouse')
    }

    It 'an exact -Name the source does not have is MmsDatabaseNotFound; a pattern that matches nothing is not' {
        Get-MmsDatabase -SourceId 2000028 -Name slaes @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDatabaseNotFound,MmsPowerShell.Commands.GetMmsDatabaseCommand'
        $err[0].TargetObject.DbName | Should -Be 'slaes'
        $err[0].ErrorDetails.RecommendedAction | Should -Be 'List the databases with Get-MmsDatabase -SourceId 2000028 (-Name completes them).'
        Get-MmsDatabase -SourceId 2000028 -Name 'slaes*' @Conn -ErrorVariable err2 | Should -BeNullOrEmpty
        $err2 | Should -BeNullOrEmpty
        (Get-MmsDatabase -SourceId 2000028 -Name sales @Conn).DbName | Should -Be 'sales'
    }
}

Describe 'Get-MmsTable listing' {
    BeforeEach { Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null }

    It 'lists a source in one page, the reference example included' {
        $tables = Get-MmsTable -SourceId 2000028 @Conn
        $tables.TableId | Should -Be @(1, 2, 3, 4, 5, 6, 7, 22)
        ($tables | Where-Object TableId -EQ 22).Owner | Should -BeExactly 'Hive'
        Get-Requests | Should -Be 1
    }

    It 'pages across several pages to a partial last page, in order' {
        $tables = Get-MmsTable -SourceId 2000050 @Conn
        $tables.Count | Should -Be 230
        $tables.TableId | Should -Be (1001..1230)
        Get-Requests | Should -Be 3
    }

    It 'writes nothing and no error for an empty source' {
        Get-MmsTable -SourceId 2000099 @Conn -ErrorVariable err | Should -BeNullOrEmpty
        $err.Count | Should -Be 0
        Get-Requests | Should -Be 1
    }

    It 'reports an unknown source as MmsDataSourceNotFound' {
        Get-MmsTable -SourceId 1234 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'stops fetching pages once -First is reached' {
        (Get-MmsTable -SourceId 2000050 @Conn -First 5).TableId | Should -Be (1001..1005)
        Get-Requests | Should -Be 1
        (Get-MmsTable -SourceId 9000001 @Conn -First 150).Count | Should -Be 150
        Get-Requests | Should -Be 2
        # Select-Object stops the listing from downstream: one request for what fits on the first page...
        (Get-MmsTable -SourceId 9000001 @Conn | Select-Object -First 3).Count | Should -Be 3
        Get-Requests | Should -Be 1
        # ...and what was already in flight for the pages after is cancelled, never more than -ThrottleLimit of them.
        (Get-MmsTable -SourceId 9000001 @Conn -ThrottleLimit 4 | Select-Object -First 150).Count | Should -Be 150
        Get-Requests | Should -BeLessOrEqual 5
    }

    It 'fetches the pages after the first concurrently and writes them in page order' {
        $sequential = (Get-MmsTable -SourceId 2000050 @Conn -ThrottleLimit 1).TableId
        $null = Get-Requests
        $concurrent = (Get-MmsTable -SourceId 2000050 @Conn -ThrottleLimit 8).TableId
        $concurrent | Should -Be $sequential
        $concurrent.Count | Should -Be 230
        Get-Requests | Should -Be 3
        (Get-MmsEmulatorStat -Emulator $Emulator).maxInFlight | Should -BeLessOrEqual 8
    }

    It 'follows the service when it caps pages below what was asked' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind smallpages -Action ListMmsTables | Out-Null
        $null = Get-Requests
        try {
            $tables = Get-MmsTable -SourceId 2000050 @Conn
            $tables.Count | Should -Be 230
            ($tables.TableId | Select-Object -Unique).Count | Should -Be 230
            Get-Requests | Should -Be 10
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }

    It 'skips with -Skip across pages' {
        (Get-MmsTable -SourceId 2000050 @Conn -Skip 98 -First 4).TableId | Should -Be (1099..1102)
    }

    It 'reports the total with -IncludeTotalCount' {
        $out = Get-MmsTable -SourceId 2000050 @Conn -IncludeTotalCount -First 1
        $out[0].ToString() | Should -Match 'Total count: 230'
        $out[1].TableId | Should -Be 1001
    }

    It 'a -DbName the source does not have is MmsDatabaseNotFound, not an empty list' {
        Get-MmsTable -SourceId 2000028 -DbName slaes @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDatabaseNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject.DbName | Should -Be 'slaes'
        $err[0].Exception.Message | Should -Be "source 2000028, database 'slaes' was not found."
        $err[0].ErrorDetails.RecommendedAction | Should -Be 'List the databases with Get-MmsDatabase -SourceId 2000028 (-DbName completes them).'
        # A database that exists but has no table in the filter is just empty.
        Get-MmsTable -SourceId 2000028 -DbName sales -Name 'zzz*' @Conn -ErrorVariable err2 | Should -BeNullOrEmpty
        $err2 | Should -BeNullOrEmpty
    }

    It '-First 0 -IncludeTotalCount writes the count alone' {
        $out = @(Get-MmsTable -SourceId 2000050 @Conn -IncludeTotalCount -First 0)
        $out.Count | Should -Be 1
        $out[0].ToString() | Should -Match 'Total count: 230'
        Get-MmsTable -SourceId 2000050 @Conn -First 0 | Should -BeNullOrEmpty
    }

    It 'filters by <Label> on the service' -ForEach @(
        @{ Label = 'status'; Filter = @{ Status = 'FAILED', 'PART_DONE' }; Expected = @(4, 5) }
        @{ Label = 'database'; Filter = @{ DbName = 'sales' }; Expected = @(1, 2, 3) }
        @{ Label = 'type'; Filter = @{ Type = 'MANAGED_TABLED' }; Expected = @(22) }
        @{ Label = 'partitioned'; Filter = @{ HasPartitions = $true }; Expected = @(1, 3, 4, 5, 7, 22) }
        @{ Label = 'unpartitioned'; Filter = @{ HasPartitions = $false }; Expected = @(2, 6) }
        @{ Label = 'DDL time window'; Filter = @{ LastDdlTimeAfter = [datetime]'2024-12-01'; LastDdlTimeBefore = [datetime]'2024-12-11 23:00' }; Expected = @(3, 4, 5) }
        @{ Label = 'exact name'; Filter = @{ Name = 'orders' }; Expected = @(1) }
        @{ Label = 'name prefix wildcard'; Filter = @{ Name = 'order*' }; Expected = @(1, 3) }
        @{ Label = 'name wildcard the service cannot match'; Filter = @{ Name = '*_LOG' }; Expected = @(4, 5) }
        @{ Label = 'upper-case name prefix'; Filter = @{ Name = 'ORDER*' }; Expected = @(1, 3) }
    ) {
        (Get-MmsTable -SourceId 2000028 @Conn @Filter).TableId | Should -Be $Expected
    }

    It 'gets by id, not lists, for pipeline rows that carry a table id' {
        $rows = 3, 1 | ForEach-Object { [pscustomobject]@{ SourceId = 2000050; TableId = 1000 + $_ } }
        ($rows | Get-MmsTable @Conn).TableId | Should -Be @(1003, 1001)
        Get-Requests | Should -Be 2
    }

    It 'refuses listing filters together with -TableId' {
        { Get-MmsTable -SourceId 2000028 -TableId 1 -Status DONE @Conn } | Should -Throw -ErrorId 'AmbiguousParameterSet,MmsPowerShell.Commands.GetMmsTableCommand'
    }

    It 'never turns a row with an unreadable table id into a listing' {
        $rows = [pscustomobject]@{ SourceId = 2000028; TableId = 'abc' }, [pscustomobject]@{ SourceId = 2000028; TableId = 2 }
        ($rows | Get-MmsTable @Conn -ErrorVariable err -ErrorAction SilentlyContinue).TableId | Should -Be @(2)
        $err.Count | Should -Be 1
        Get-Requests | Should -Be 1
    }

    It 'lists the tables of piped data sources, with -First across them' {
        (Get-MmsDataSource -SourceId 2000028, 2000045 @Conn | Get-MmsTable @Conn -Status FAILED).TableId | Should -Be @(4, 203, 208)
        (Get-MmsDataSource -SourceId 2000028, 2000045 @Conn | Get-MmsTable @Conn -First 9).TableId | Should -Be @(1, 2, 3, 4, 5, 6, 7, 22, 201)
    }

    It 'stops with a warning when the service repeats a page' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind samepage -SourceId 2000050 | Out-Null
        try {
            $tables = Get-MmsTable -SourceId 2000050 @Conn -WarningVariable warned -WarningAction SilentlyContinue
            $tables.TableId | Should -Be (1001..1100)
            $warned[0] | Should -Match 'returned page 1 again as page 2'
            # The pages after the first are asked for together (230 tables: 3 pages); the listing still ends.
            Get-Requests | Should -Be 3
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }

    It 'lists objects that pipe on like fetched ones' {
        $listed = Get-MmsTable -SourceId 2000028 -DbName logs @Conn
        ($listed | Get-MmsTableColumn -PartitionKey | Select-Object -ExpandProperty Name -Unique) | Should -Be @('dt', 'hh')
        ($listed | Get-MmsTable @Conn).TableId | Should -Be @(4, 5)
        ($listed | Get-MmsTablePartition @Conn -Status FAILED -First 2).TableId | Should -Be @(4, 4)
    }

    It 'sorts on the service' {
        (Get-MmsTable -SourceId 2000028 @Conn -SortBy NumRows -Descending -First 3).TableId | Should -Be @(4, 3, 1)
        (Get-MmsTable -SourceId 2000028 @Conn -SortBy Size -First 2).TableId | Should -Be @(6, 22)
    }

    It 'refuses a status that is not one of the five' {
        { Get-MmsTable -SourceId 2000028 @Conn -Status Unknown } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.GetMmsTableCommand'
        (Get-MmsTable -SourceId 2000028 @Conn -Status failed).TableId | Should -Be @(4)
    }

    It 'walks Get-MmsDataSource | Get-MmsDatabase | Get-MmsTable -Status FAILED' {
        $failed = Get-MmsDataSource @Conn | Get-MmsDatabase @Conn | Get-MmsTable @Conn -Status FAILED
        $failed | ForEach-Object { $_.Status | Should -Be 'FAILED' }
        # Source 2000050 has odd_db (51) before even_db (52); its tables t_NNN fail when NNN % 5 == 4.
        $many = @(1..230 | Where-Object { $_ % 5 -eq 4 -and $_ % 2 -eq 1 }) + @(1..230 | Where-Object { $_ % 5 -eq 4 -and $_ % 2 -eq 0 }) |
            ForEach-Object { '2000050/{0}' -f (1000 + $_) }
        $expected = @('2000028/4', '2000031/105', '2000031/110', '2000045/203', '2000045/208') + $many
        ($failed | ForEach-Object { '{0}/{1}' -f $_.SourceId, $_.TableId }) -join ',' | Should -Be ($expected -join ',') -Because 'sources, then their databases, then their tables, in order'
    }
}

Describe 'Measure-MmsMigration' {
    It 'sums up tables, partitions, bytes and rows' {
        $tables = Get-MmsTable -SourceId 2000028 -TableId 1, 2, 4, 22 @Conn
        $summary = $tables | Measure-MmsMigration
        $summary.Tables | Should -Be 4
        $summary.TablesDone | Should -Be 2
        $summary.TablesInit | Should -Be 1
        $summary.TablesFailed | Should -Be 1
        $summary.Partitions | Should -Be (365 + 720 + 100)
        $summary.PartitionsDone | Should -Be (365 + 500 + 80)
        $summary.Size | Should -Be ($tables | Measure-Object Size -Sum).Sum
        $expectedDone = $tables[0].Size + $tables[3].Size + [long]($tables[2].Size * 500 / 720)
        [math]::Abs($summary.SizeDone - $expectedDone) | Should -BeLessOrEqual 1
        $summary.PercentTablesDone | Should -Be 50
        ($summary | Out-String) | Should -Match 'Tables\s*: 4 in all: 2 done'
    }

    It 'its view fits 80 columns and breaks long values between words' {
        $text = Get-MmsDataSource @Conn | Measure-MmsMigration | Out-String -Width 80
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $text | Should -Match 'not\s+started,\s+\d+\s+failed' -Because 'no word is cut at the edge'
        $text | Should -Match '(?m)^\s{13}\S' -Because 'a long value goes on under itself'
        $text | Should -Match 'pipe their databases or\s+tables\)'
    }
}

Describe 'Tab completion' {
    It 'completes -SourceId from the data sources, with names as tooltips' {
        $line = "Get-MmsTable -Endpoint $($Emulator.Endpoint) -Credential `$Conn.Credential -SourceId 20000"
        $matches = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $matches.CompletionText | Should -Contain '2000028'
        ($matches | Where-Object CompletionText -EQ '2000028').ToolTip | Should -Match '^demo'
    }

    It 'offers nothing, quickly and silently, when the service cannot be reached' {
        $line = "Get-MmsTable -Endpoint http://127.0.0.1:9 -Credential `$Conn.Credential -SourceId "
        $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $result.CompletionMatches.CompletionText | Should -Not -Contain '2000028'
    }

    It 'completes -DbName, -TableId and -Name from the chosen source' {
        $base = "Get-MmsTable -Endpoint $($Emulator.Endpoint) -Credential `$Conn.Credential -SourceId 2000028"
        $complete = { param($line) (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }
        (& $complete "$base -DbName s").CompletionText | Should -Be @('sales')
        $ids = & $complete "$base -TableId "
        $ids.CompletionText | Should -Be @('1', '2', '3', '4', '5', '6', '7', '22')
        ($ids | Where-Object CompletionText -EQ '22').ToolTip | Should -Be 'mms_test.test (DONE)'
        (& $complete "$base -DbName logs -Name ").CompletionText | Should -Be @('access_log', 'error_log')
        (& $complete "$base -Name order").CompletionText | Should -Be @('orders', 'order_items')
        (& $complete "Get-MmsDatabase -Endpoint $($Emulator.Endpoint) -Credential `$Conn.Credential -SourceId 2000050 -Name e").CompletionText | Should -Be @('even_db')
    }

    It 'completes nothing for tables until a source is given' {
        $line = "Get-MmsTable -Endpoint $($Emulator.Endpoint) -Credential `$Conn.Credential -DbName "
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Where-Object ResultType -EQ 'ParameterValue' | Should -BeNullOrEmpty
    }

    It 'completes -Status with the five states only' {
        $line = 'Get-MmsTable -SourceId 1 -Status '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object |
            Should -Be @('DOING', 'DONE', 'FAILED', 'INIT', 'PART_DONE')
    }
}

Describe 'Tab completion of database and scan ids, config keys, columns and table types' {
    BeforeAll {
        function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }
        $script:On = "-Endpoint $($Emulator.Endpoint) -Credential `$Conn.Credential"
    }

    It 'completes -DbId of Get- and Set-MmsDatabase with the databases of the source, names and states as tooltips' {
        $found = Complete "Get-MmsDatabase $On -SourceId 2000028 -DbId "
        $found.CompletionText | Should -Be @('3', '4', '5')
        ($found | Where-Object CompletionText -EQ '4').ListItemText | Should -Be '4 sales'
        ($found | Where-Object CompletionText -EQ '5').ToolTip | Should -Be 'logs (FAILED)'
        (Complete "Set-MmsDatabase $On -SourceId 2000028 -DbId 4").CompletionText | Should -Be @('4')
        (Complete "Get-MmsDatabase $On 2000028 -DbId 9").CompletionText | Should -BeNullOrEmpty
    }

    It 'completes -ScanId with the latest scan of the source (the service lists no scans)' {
        $found = Complete "Get-MmsMetadataScan $On -SourceId 2000028 -ScanId "
        $found.CompletionText | Should -Be @('20000280')
        $found[0].ToolTip | Should -Be 'The latest scan of demo (DONE)'
        (Complete "Get-MmsMetadataScan $On -SourceId 2000028 -ScanId 1").CompletionText | Should -BeNullOrEmpty
    }

    It 'completes Get-MmsDataSourceConfigItem -Key with the keys of -Type, as -Config does' {
        $found = Complete "Get-MmsDataSourceConfigItem $On -Type hive -Key "
        $found.CompletionText | Should -Contain 'hive.metastore.urls'
        $found.CompletionText | Should -Contain 'mc.endpoint'
        $password = Complete "Get-MmsDataSourceConfigItem $On -Type HIVE -Key hive.jdbc.p"
        $password.CompletionText | Should -Be @('hive.jdbc.password')
        $password[0].ToolTip | Should -Match '^hive\.jdbc\.password \(PASSWORD, secret\): HiveServer2 password\.'
    }

    It 'completes Get-MmsTableColumn -Name with the columns and partition keys of the table' {
        $found = Complete "Get-MmsTableColumn $On -SourceId 2000028 -TableId 4 -Name "
        $found.CompletionText | Should -Be @('ts', 'client_ip', 'method', 'path', 'status', 'bytes', 'headers', 'dt', 'hh')
        ($found | Where-Object CompletionText -EQ 'dt').ToolTip | Should -Be 'dt string (partition key): partition date'
        ($found | Where-Object CompletionText -EQ 'ts').ToolTip | Should -Be 'ts timestamp: request time'
        (Complete "Get-MmsTableColumn $On 2000028 4 -Name H").CompletionText | Should -Be @('headers', 'hh')
    }

    It 'completes Get-MmsTable -Type with the types the tables of the source carry, then the Hive ones' {
        $found = Complete "Get-MmsTable $On -SourceId 2000028 -Type "
        $found.CompletionText | Should -Be @('MANAGED_TABLE', 'MANAGED_TABLED', 'EXTERNAL_TABLE', 'VIRTUAL_VIEW', 'MATERIALIZED_VIEW')
        ($found | Where-Object CompletionText -EQ 'MANAGED_TABLED').ToolTip | Should -Be 'MANAGED_TABLED: 1 of the 8 tables listed first, e.g. mms_test.test (DONE)'
        (Complete "Get-MmsTable $On -SourceId 2000028 -Type v").CompletionText | Should -Be @('VIRTUAL_VIEW')
        # Without a source (e.g. databases piped in) only the Hive types, with no request.
        (Complete 'Get-MmsTable -Type ').CompletionText | Should -Be @('MANAGED_TABLE', 'EXTERNAL_TABLE', 'VIRTUAL_VIEW', 'MATERIALIZED_VIEW')
    }

    It 'offers nothing, not file names, until the source, type or table is given' {
        Push-Location $PSScriptRoot
        try {
            foreach ($line in 'Get-MmsDatabase -DbId ', 'Set-MmsDatabase -DbId ', 'Get-MmsMetadataScan -ScanId ', 'Get-MmsDataSourceConfigItem -Key ',
                'Get-MmsTableColumn -Name ', 'Get-MmsTableColumn -SourceId 2000028 -Name ', 'Get-MmsTableColumn -TableId 4 -Name ') {
                Complete "$line" | Should -BeNullOrEmpty -Because $line
            }
        }
        finally { Pop-Location }
    }
}

Describe 'Get-MmsTablePartition' {
    BeforeEach { Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null }

    It 'lists the partitions of piped tables, across pages, with their status' {
        $partitions = Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Get-MmsTablePartition @Conn
        $partitions | Should -BeOfType ([MmsPowerShell.Core.Models.MmsPartition])
        $partitions.Count | Should -Be 720
        ($partitions | Where-Object Status -EQ 'DONE').Count | Should -Be 500
        ($partitions | Where-Object Status -EQ 'FAILED').Count | Should -Be 220
        $partitions[0].Value | Should -BeExactly 'dt=20240101/hh=00'
        $partitions[0].TableName | Should -Be 'access_log'
        ($partitions.Value | Select-Object -Unique).Count | Should -Be 720
        Get-Requests | Should -Be (1 + 8)
    }

    It 'filters by status on the service and stops early with -First' {
        $failed = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -Status FAILED @Conn -First 3
        $failed.Status | Should -Be @('FAILED', 'FAILED', 'FAILED')
        Get-Requests | Should -Be 1
    }

    It 'writes each table''s count with -IncludeTotalCount, alone with -First 0' {
        $counted = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -IncludeTotalCount -First 2 @Conn
        $counted[0].ToString() | Should -Match 'Total count: 720'
        @($counted).Count | Should -Be 3
        $only = @(Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Get-MmsTablePartition -IncludeTotalCount -First 0 @Conn)
        $only.Count | Should -Be 1
        $only[0].ToString() | Should -Match 'Total count: 720'
    }

    It 'gets partitions by id and refreshes piped ones' {
        $one = Get-MmsTablePartition -SourceId 2000028 -PartitionId 400001 @Conn
        $one.Value | Should -Be 'dt=20240101/hh=00'
        ($one | Get-MmsTablePartition @Conn).PartitionId | Should -Be 400001
        Get-MmsTablePartition -SourceId 2000028 -PartitionId 400999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsPartitionNotFound,MmsPowerShell.Commands.GetMmsTablePartitionCommand'
    }

    It 'writes nothing for an unpartitioned table and an error for an unknown one' {
        Get-MmsTablePartition -SourceId 2000028 -TableId 2 @Conn | Should -BeNullOrEmpty
        Get-MmsTablePartition -SourceId 2000028 -TableId 999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsTableNotFound,MmsPowerShell.Commands.GetMmsTablePartitionCommand'
    }

    It 'has a view grouped by table' {
        $text = Get-MmsTablePartition -SourceId 2000028 -TableId 5 -First 2 @Conn | Out-String -Width 200
        $text | Should -Match 'Table: logs\.error_log \(source 2000028, table 5\)'
        $text | Should -Match '(?m)^\s*500001 dt=20240101\s+DONE'
    }
}
