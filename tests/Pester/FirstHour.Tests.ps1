# Issue 11, "the first hour": what a new, demanding user hit, one Describe per item, each failing before its fix.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    function Get-Requests { (Get-MmsEmulatorStat -Emulator $Emulator -Reset).requests }

    # The Write-Progress records, output and errors of a script run in a runspace without a host.
    function Invoke-Watched([scriptblock] $Script) {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddArgument($ModulePath).AddStatement()
            $null = $ps.AddScript($Script.ToString()).AddArgument($Emulator.Endpoint).AddArgument($Emulator.Credential)
            $output = $ps.Invoke()
            [pscustomobject]@{ Output = $output; Progress = @($ps.Streams.Progress); Errors = @($ps.Streams.Error) }
        }
        finally { $ps.Dispose() }
    }
}

AfterAll {
    Clear-MmsEmulatorFault -Emulator $Emulator
    Disconnect-Mms
    $Emulator | Stop-MmsEmulator
}

Describe '1. Measure-MmsMigration' {
    It 'shows the row percentage, as the README sample says' {
        $text = Get-MmsTable -SourceId 2000028 @Conn | Measure-MmsMigration | Out-String
        $text | Should -Match 'Rows\s*: 41\.8B of 60\.9B done \(~68\.6%\)'
        $text | Should -Not -Match '\(~\)'
    }

    It 'prints every sample line the README shows for it' {
        $readme = Get-Content (Join-Path $RepoRoot 'README.md')
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

Describe '2. Readable exports' {
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

Describe '3. Progress' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'reports a long listing against the first page''s total, off the object stream, and completes it' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 700 -Action ListMmsTables
        $run = Invoke-Watched { param($e, $c) Get-MmsTable -SourceId 2000050 -Endpoint $e -Credential $c -ThrottleLimit 1 }
        $run.Output.Count | Should -Be 230
        $run.Output | ForEach-Object { $_ | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTable]) }
        $run.Progress.Count | Should -BeGreaterThan 1
        $run.Progress[0].StatusDescription | Should -Match 'of 230$'
        $run.Progress[-1].RecordType | Should -Be 'Completed'
    }

    It 'reports by-id requests against the number of ids' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 300 -Action GetMmsTable
        $run = Invoke-Watched { param($e, $c) Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 4, 5, 6, 7, 22 -Endpoint $e -Credential $c -ThrottleLimit 1 }
        $run.Output.Count | Should -Be 8
        ($run.Progress | Where-Object RecordType -EQ Processing)[0].StatusDescription | Should -Match ' of 8$'
        $run.Progress[-1].RecordType | Should -Be 'Completed'
    }

    It 'stays quiet for short calls' {
        $run = Invoke-Watched { param($e, $c) Get-MmsTable -SourceId 2000050 -Endpoint $e -Credential $c }
        $run.Output.Count | Should -Be 230
        $run.Progress.Count | Should -Be 0
    }
}

Describe '4. Completion and unknown regions' {
    BeforeAll {
        function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }
    }

    It 'completes -Region from the known regions, names as tooltips' {
        $matches = Complete 'Get-MmsTable -Region cn-hang'
        $matches.CompletionText | Should -Be @('cn-hangzhou')
        $matches[0].ToolTip | Should -Be 'China (Hangzhou)'
        (Complete 'Connect-Mms -Region ap-southeast-').CompletionText | Should -Contain 'ap-southeast-1'
    }

    It 'completes -ProfileName from the aliyun CLI file and the INI credentials file' {
        Invoke-WithCleanEnvironment {
            param($tempHome)
            New-Item -ItemType Directory (Join-Path $tempHome '.aliyun'), (Join-Path $tempHome '.alibabacloud') | Out-Null
            @{ current = 'prod'; profiles = @(@{ name = 'prod'; mode = 'AK' }, @{ name = 'dev'; mode = 'AK' }) } |
                ConvertTo-Json -Depth 4 | Set-Content (Join-Path $tempHome '.aliyun/config.json')
            "[staging]`ntype = access_key`n[prod]`ntype = access_key" | Set-Content (Join-Path $tempHome '.alibabacloud/credentials')
            (Complete 'Get-MmsTable -ProfileName ').CompletionText | Should -Be @('prod', 'dev', 'staging')
            (Complete 'Connect-Mms -ProfileName st').CompletionText | Should -Be @('staging')
        }
    }

    It 'completes Get-MmsDataSource -Name from the data sources' {
        (Complete "Get-MmsDataSource -Endpoint $($Emulator.Endpoint) -Credential `$Conn.Credential -Name sal").CompletionText | Should -Be @('sales_hive')
    }

    It 'refuses a region typo before any request, naming the nearest region' {
        $watch = [Diagnostics.Stopwatch]::StartNew()
        { Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzou -Credential $Emulator.Credential } |
            Should -Throw -ErrorId 'MmsUnknownRegion,MmsPowerShell.Commands.GetMmsTableCommand' -ExpectedMessage "*did you mean cn-hangzhou*"
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 2
    }

    It 'does not check the region when -Endpoint is given' {
        (Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzou @Conn).Name | Should -Be 'test'
    }
}

Describe '5. No credentials' {
    It 'says what to type next' {
        Invoke-WithCleanEnvironment {
            $err = $null
            try { Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -Be 'MmsCredentialsNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
            foreach ($step in 'Connect-Mms -Region cn-hangzhou -Credential (Get-Credential)', 'aliyun configure', 'ALIBABA_CLOUD_ACCESS_KEY_ID') {
                $err.Exception.Message | Should -BeLike "*$step*"
            }
            # Once, in the message: not repeated as the recommended action.
            $err.ErrorDetails.RecommendedAction | Should -BeNullOrEmpty
        }
    }
}

Describe '6. A Connect-Mms endpoint and a default region' {
    AfterEach {
        $PSDefaultParameterValues.Remove('*-Mms*:Region')
        Disconnect-Mms
    }

    It 'keeps calls on the connected endpoint and says why the region is not used' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        $PSDefaultParameterValues['*-Mms*:Region'] = 'cn-hangzhou'
        Get-Requests | Out-Null
        $all = Get-MmsTable -SourceId 2000028 -TableId 22 3>&1
        ($all | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] }).Name | Should -Be 'test'
        Get-Requests | Should -Be 1
        $warning = $all | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
        $warning.Message | Should -BeLike '-Region cn-hangzhou is not used*Connect-Mms endpoint*'
    }

    It 'is silent when the default region is also the connection''s own' {
        $PSDefaultParameterValues['*-Mms*:Region'] = 'cn-hangzhou'
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        (Get-MmsContext).Region | Should -Be 'cn-hangzhou'
        $all = Get-MmsTable -SourceId 2000028 -TableId 22 3>&1
        $all | Where-Object { $_ -is [System.Management.Automation.WarningRecord] } | Should -BeNullOrEmpty
        $all.Name | Should -Be 'test'
    }

    It 'still lets an explicit -Endpoint on the call win' {
        Connect-Mms -Endpoint 'http://127.0.0.1:9' -Credential $Emulator.Credential | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint).Name | Should -Be 'test'
    }
}

Describe '7. A CSV row with a bad id' {
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

Describe '8. Plain logs' {
    It 'build.ps1 turns colour off when its output is a log' {
        $build = Get-Content (Join-Path $RepoRoot 'build.ps1') -Raw
        $build | Should -Match "OutputRendering = 'PlainText'"
        $build | Should -Match "RenderMode = 'Plaintext'"
        $build | Should -Not -Match '-ForegroundColor'
    }

    It 'runs -WhatIf only without a host, so no "What if:" line reaches the test log' {
        # PowerShell writes "What if:" straight to the host, past every stream redirection: files that call -WhatIf use
        # Invoke-Hostless (no host at all) or Get-ChildHostText (a child process whose host output the test reads).
        $files = Get-ChildItem $PSScriptRoot -Filter *.Tests.ps1 | Where-Object Name -NotIn 'FirstHour.Tests.ps1', 'Help.Tests.ps1' |
            Where-Object { Select-String -Path $_.FullName -Pattern '^[^#]*\s-WhatIf\b' -Quiet }
        foreach ($file in $files) {
            Get-Content $file.FullName -Raw | Should -Match 'Invoke-Hostless|Get-ChildHostText' -Because "$($file.Name) calls -WhatIf"
        }
    }
}

Describe '9. Emulator module and build script' {
    It 'Set-MmsEmulatorFault writes nothing unless -PassThru' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 1 -Times 1 | Should -BeNullOrEmpty
        (Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -DelayMs 1 -Times 1 -PassThru).id | Should -Not -BeNullOrEmpty
        Clear-MmsEmulatorFault -Emulator $Emulator
    }

    It 'Start-MmsEmulator -WhatIf starts nothing' {
        (Get-Command Start-MmsEmulator).Parameters.Keys | Should -Contain 'WhatIf'
        # Without -WhatIf it returns the emulator object; with it, nothing is started and nothing returned.
        Invoke-Hostless { Start-MmsEmulator -WhatIf } | Should -BeNullOrEmpty
    }

    It 'build.ps1 reports with Write-Information, not Write-Host' {
        Get-Content (Join-Path $RepoRoot 'build.ps1') -Raw | Should -Not -Match 'Write-Host'
    }
}
