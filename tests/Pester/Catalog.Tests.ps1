# The catalogue a migration is planned from, against the emulator: data sources, databases, tables (by id,
# and listed with paging, filters and sorting), columns, partitions and the migration summary
# (Measure-MmsMigration). How these objects read is in Views.Tests.ps1; completing their ids and names is in
# Completion.Tests.ps1.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
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

Describe 'Get-MmsTable by id' {
    BeforeAll { $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableCommand' }

    Context 'the reference example table' {
        BeforeAll {
            $script:Table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        }

        It 'returns one typed MmsTable' {
            @($Table).Count | Should -Be 1
            $Table | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTable])
        }

        It 'carries every field of the reference, cleaned and typed' {
            $Table.TableId | Should -Be 22
            $Table.SourceId | Should -Be 2000028
            $Table.SourceName | Should -Be 'demo'
            $Table.DbId | Should -Be 3
            $Table.DbName | Should -Be 'mms_test'
            $Table.Name | Should -Be 'test'
            $Table.Status | Should -Be 'DONE'
            $Table.Type | Should -Be 'MANAGED_TABLED'
            $Table.HasPartitions | Should -BeTrue
            $Table.PartitionCount | Should -Be 100
            $Table.PartitionsDone | Should -Be 80
            $Table.PartitionsDoing | Should -Be 20
            $Table.PartitionsFailed | Should -Be 0
            $Table.Size | Should -Be 23232
            $Table.Size | Should -BeOfType ([long])
            $Table.NumRows | Should -Be 233232
            $Table.Owner | Should -BeExactly 'Hive'
            $Table.InputFormat | Should -BeExactly 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat'
            $Table.LastDdlTime | Should -Be ([datetime]'2024-12-17 15:44:42')
            $Table.LastDdlTimeText | Should -BeExactly '2024-12-17 15:44:42'
            $Table.Extra['field.delim'] | Should -BeExactly '|'
            $Table.RequestId | Should -BeExactly 'E7FB14F1-4ACD-5C73-A755-B302D70AB9AD'
            $Table.Columns.Name | Should -Be @('user_id')
            $Table.PartitionKeys.Name | Should -Be @('p1')
        }

        It 'has no string property with surrounding whitespace' {
            foreach ($property in $Table.PSObject.Properties | Where-Object { $_.Value -is [string] }) {
                $property.Value | Should -BeExactly $property.Value.Trim() -Because $property.Name
            }
        }

        It 'filters with Where-Object on the enum by its service name' {
            @($Table | Where-Object Status -EQ 'DONE').Count | Should -Be 1
            @($Table | Where-Object Status -EQ 'PART_DONE').Count | Should -Be 0
        }
    }

    It 'returns several ids in input order' {
        $tables = Get-MmsTable -SourceId 2000028 -TableId 3, 1, 22, 2 @Conn
        $tables.TableId | Should -Be @(3, 1, 22, 2)
        $tables | ForEach-Object { $_.SourceId | Should -Be 2000028 }
    }

    It 'refreshes objects piped back in' {
        $first = Get-MmsTable -SourceId 2000028 -TableId 1, 22 @Conn
        $again = $first | Get-MmsTable @Conn
        $again.TableId | Should -Be @(1, 22)
        $again[0] | Should -Not -BeExactly $first[0]
        $again[1].Name | Should -Be 'test'
    }

    It 'takes ids from a CSV file' {
        $csv = Join-Path $TestDrive 'ids.csv'
        "SourceId,TableId`n2000028,22`n2000028,1" | Set-Content $csv
        $tables = Import-Csv $csv | Get-MmsTable @Conn
        $tables.TableId | Should -Be @(22, 1)
    }

    Context 'bad input' {
        It 'rejects a negative id on the command line, naming the value' {
            { Get-MmsTable -SourceId 2000028 -TableId -5 @Conn } |
                Should -Throw -ErrorId 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTableCommand' -ExpectedMessage "TableId '-5' is not an id*"
        }

        It 'rejects a non-numeric id on the command line, naming the value' {
            { Get-MmsTable -SourceId 2000028 -TableId 'abc' @Conn } |
                Should -Throw -ErrorId 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTableCommand' -ExpectedMessage "TableId 'abc' is not an id*"
        }

        It 'reports a bad CSV row per item and keeps going' {
            $rows = @(
                [pscustomobject]@{ SourceId = '2000028'; TableId = '1' }
                [pscustomobject]@{ SourceId = '2000028'; TableId = 'abc' }
                [pscustomobject]@{ SourceId = '2000028'; TableId = '-4' }
                [pscustomobject]@{ SourceId = '2000028'; TableId = '22' }
            )
            $tables = $rows | Get-MmsTable @Conn -ErrorVariable bad -ErrorAction SilentlyContinue
            $tables.TableId | Should -Be @(1, 22)
            $bad.Count | Should -Be 2
            $bad.FullyQualifiedErrorId | Should -Be @("MmsInvalidInputId$ErrorIdSuffix", "MmsInvalidInputId$ErrorIdSuffix")
            $bad[0].Exception.Message | Should -BeLike "Input row 2: TableId 'abc' is not an id*"
            $bad[1].Exception.Message | Should -BeLike "Input row 3: TableId '-4' is not an id*"
            $bad[0].TargetObject | Should -Be 'abc'
        }

        It 'writes a bad row''s error after the output of the rows before it' {
            $rows = "SourceId,TableId`n2000028,1`n2000028,abc`n2000028,22" | ConvertFrom-Csv
            $stream = $rows | Get-MmsTable @Conn 2>&1
            $stream.Count | Should -Be 3
            $stream[0].TableId | Should -Be 1
            $stream[1] | Should -BeOfType ([System.Management.Automation.ErrorRecord])
            $stream[1].Exception.Message | Should -BeLike "Input row 2: TableId 'abc'*"
            $stream[2].TableId | Should -Be 22
        }
    }

    Context 'an id that is not there' {
        It 'reports an unknown table as a non-terminating ObjectNotFound error with the ids as target' {
            $result = Get-MmsTable -SourceId 2000028 -TableId 999999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "MmsTableNotFound$ErrorIdSuffix"
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $err[0].TargetObject.SourceId | Should -Be 2000028
            $err[0].TargetObject.TableId | Should -Be 999999
            $err[0].Exception.RequestId | Should -Not -BeNullOrEmpty
            $err[0].ToString() | Should -Match ([regex]::Escape($err[0].Exception.RequestId))
        }

        It 'throws MmsTableNotFound with -ErrorAction Stop' {
            { Get-MmsTable -SourceId 2000028 -TableId 999999 @Conn -ErrorAction Stop } |
                Should -Throw -ErrorId "MmsTableNotFound$ErrorIdSuffix"
        }

        It 'keeps the rest of a pipeline when one id in the middle fails, in order' {
            $ids = 1, 2, 999999, 3, 22
            $tables = $ids | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = $_ } } |
                Get-MmsTable @Conn -ErrorVariable err -ErrorAction SilentlyContinue
            $tables.TableId | Should -Be @(1, 2, 3, 22)
            $err.Count | Should -Be 1
            $err[0].TargetObject.TableId | Should -Be 999999
        }

        It 'lets failed ids be retried from the error target' {
            Get-MmsTable -SourceId 2000028 -TableId 999998, 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
            $retry = $err.TargetObject | Get-MmsTable @Conn -ErrorAction SilentlyContinue -ErrorVariable again
            $again.Count | Should -Be 1
            $again[0].TargetObject.TableId | Should -Be 999998
        }
    }
}

Describe 'A CSV row with a bad id' {
    It 'names the row and the value' {
        $rows = "SourceId,TableId`n2000028,1`n2000028,abc" | ConvertFrom-Csv
        $null = $rows | Get-MmsTable @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].Exception.Message | Should -BeLike "Input row 2: TableId 'abc' is not an id*"
    }

    It 'does the same for the other id arrays that bind from the pipeline' {
        $null = [pscustomobject]@{ SourceId = 'x1' } | Get-MmsDataSource @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsDataSourceCommand'
        $null = [pscustomobject]@{ SourceId = 2000028; DbId = 'sales' } | Get-MmsDatabase @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -BeLike "Input row 1: DbId 'sales'*"
    }

    It 'does the same on the job and set-up side, and the good rows still go on' {
        $rows = "SourceId,JobId`n2000028,101`n2000028,abc`n2000028,102" | ConvertFrom-Csv
        $jobs = $rows | Get-MmsJob @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $jobs.JobId | Should -Be @(101, 102)
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsJobCommand'
        $err[0].Exception.Message | Should -BeLike "Input row 2: JobId 'abc' is not an id*"
        $null = [pscustomobject]@{ SourceId = 2000028; TimerId = 'nightly' } | Suspend-MmsTimer @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidInputId,MmsPowerShell.Commands.SuspendMmsTimerCommand'
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
        # ...and what was already asked for the pages after is cancelled: never more than -ThrottleLimit in flight, and the
        # one page read ahead (it goes out when the first of them is answered, before that one is written).
        (Get-MmsTable -SourceId 9000001 @Conn -ThrottleLimit 4 | Select-Object -First 150).Count | Should -Be 150
        $stat = Get-Stat
        $stat.requests | Should -BeLessOrEqual 6
        $stat.maxInFlight | Should -BeLessOrEqual 4
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

Describe 'Get-MmsTableColumn' {
    BeforeAll { $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableColumnCommand' }

    It 'takes MmsTable objects from the pipeline and emits every column, partition keys marked' {
        $columns = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn
        $columns | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTableColumn])
        $columns.Name | Should -Be @('user_id', 'p1')
        $columns.IsPartitionKey | Should -Be @($false, $true)
        $columns.Position | Should -Be @(1, 2)
        $columns[0].Type | Should -Be 'bigint'
        $columns[0].Comment | Should -Be 'user id'
        $columns[0].DefaultValue | Should -Be '10'
        $columns[0].Nullable | Should -BeFalse
        foreach ($column in $columns) {
            $column.SourceId | Should -Be 2000028
            $column.TableId | Should -Be 22
            $column.DbName | Should -Be 'mms_test'
            $column.TableName | Should -Be 'test'
        }
    }

    It 'does not call the service for piped objects' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        # A dead endpoint proves the objects' own schema is used.
        ($table | Get-MmsTableColumn -Endpoint 'http://127.0.0.1:9' -Credential $Emulator.Credential).Count | Should -Be 2
    }

    It 'fetches by ids' {
        $columns = Get-MmsTableColumn -SourceId 2000028 -TableId 22 @Conn
        $columns.Name | Should -Be @('user_id', 'p1')
    }

    It 'works across several tables, grouped per table in order' {
        $columns = Get-MmsTable -SourceId 2000028 -TableId 1, 22 @Conn | Get-MmsTableColumn
        ($columns | Select-Object -ExpandProperty TableId -Unique) | Should -Be @(1, 22)
        ($columns | Where-Object TableId -EQ 22).Name | Should -Be @('user_id', 'p1')
    }

    It 'filters partition keys with -PartitionKey and -ExcludePartitionKey' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        ($table | Get-MmsTableColumn -PartitionKey).Name | Should -Be @('p1')
        ($table | Get-MmsTableColumn -ExcludePartitionKey).Name | Should -Be @('user_id')
    }

    It 'refuses -PartitionKey with -ExcludePartitionKey' {
        { Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn -PartitionKey -ExcludePartitionKey } |
            Should -Throw -ErrorId "MmsConflictingColumnFilter$ErrorIdSuffix"
    }

    It 'filters names with wildcards, case-insensitively' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        ($table | Get-MmsTableColumn -Name 'USER*').Name | Should -Be @('user_id')
        ($table | Get-MmsTableColumn -Name 'p?', 'user_id').Name | Should -Be @('user_id', 'p1')
        $table | Get-MmsTableColumn -Name 'nothing*' | Should -BeNullOrEmpty
    }

    It 'works with Where-Object downstream' {
        $keys = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn | Where-Object IsPartitionKey
        $keys.Name | Should -Be 'p1'
    }

    It 'reports an unknown table by id as a non-terminating error and goes on' {
        $columns = Get-MmsTableColumn -SourceId 2000028 -TableId 999999, 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $columns.TableId | Select-Object -Unique | Should -Be 22
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsTableNotFound$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
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

    It 'shows the row percentage, as the README sample says' {
        $text = Get-MmsTable -SourceId 2000028 @Conn | Measure-MmsMigration | Out-String
        $text | Should -Match 'Rows\s*: 41\.8B of 60\.9B done \(~68\.6%\)'
        $text | Should -Not -Match '\(~\)'
    }

    It 'prints every sample line the README shows for it' {
        $readme = Get-Content (Join-Path $RepoRoot 'docs/usage.md')
        $start = [array]::IndexOf($readme, '### Measure-MmsMigration')
        $sample = $readme[$start..($start + 20)] | Where-Object { $_ -match '^# (Tables|Partitions|Size|Rows)\s+:' } | ForEach-Object { $_.Substring(2) }
        $sample.Count | Should -Be 4
        $printed = (Get-MmsTable -SourceId 2000028 @Conn | Measure-MmsMigration | Out-String) -split "`r?`n" | ForEach-Object TrimEnd
        foreach ($line in $sample) { $printed | Should -Contain $line.TrimEnd() }
    }

    It 'sums up databases and data sources from their counters' {
        $byDb = Get-MmsDatabase -SourceId 2000028 @Conn | Measure-MmsMigration -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $byTable = Get-MmsTable -SourceId 2000028 @Conn | Measure-MmsMigration
        $byDb.Tables | Should -Be $byTable.Tables
        $byDb.TablesDone | Should -Be $byTable.TablesDone
        $byDb.TablesFailed | Should -Be $byTable.TablesFailed
        $byDb.TablesInit | Should -Be $byTable.TablesInit
        $byDb.Partitions | Should -Be $byTable.Partitions
        $byDb.Size | Should -Be $byTable.Size

        $bySource = Get-MmsDataSource -SourceId 2000028 @Conn | Measure-MmsMigration -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $bySource.Tables | Should -Be $byTable.Tables
        $bySource.TablesDone | Should -Be $byTable.TablesDone
        $bySource.SizeIncomplete | Should -BeTrue
        ($bySource | Out-String) | Should -Match 'Size\s*: not known'
    }

    It 'refuses other objects with a specific error and keeps going' {
        $summary = @((Get-MmsTable -SourceId 2000028 -TableId 22 @Conn), 'text') | Measure-MmsMigration -ErrorVariable err -ErrorAction SilentlyContinue
        $summary.Tables | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsUnsupportedInput,MmsPowerShell.Commands.MeasureMmsMigrationCommand'
    }

    It 'says so once per kind of object, and writes no all-zero summary when nothing could be summed' {
        $partitions = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -First 50 @Conn
        $summary = @($partitions) + 'text', 'more text' | Measure-MmsMigration -ErrorVariable err -ErrorAction SilentlyContinue
        $summary | Should -BeNullOrEmpty
        $err.Count | Should -Be 2
        $err[0].Exception.Message | Should -Match 'not MmsPartition \(the other MmsPartition objects are skipped too\)'
        $err[1].Exception.Message | Should -Match 'not String'
        $empty = @() | Measure-MmsMigration
        $empty.Tables | Should -Be 0 -Because 'an empty input is a real, empty result'
    }
}
