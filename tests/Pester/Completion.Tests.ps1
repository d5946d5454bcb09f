# Tab completion, against the emulator: ids and names from the service (the data sources, databases, tables,
# columns, scans, timers and tasks of a source), profile names from the local files, regions, states and types
# from fixed lists, and nothing (not file names) until there is something to complete from.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
    # Completers give up after 2 seconds. One call first, so that what is timed is the completion, not the
    # first start of the client stack and the emulator on a busy machine.
    Get-MmsDataSource @Conn | Out-Null
    function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }
}

AfterAll {
    Disconnect-Mms
    $Emulator | Stop-MmsEmulator
}

Describe 'Data source ids, database and table names, table ids and states' {
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

Describe 'Database and scan ids, config keys, columns and table types' {
    BeforeAll {
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

Describe 'Regions, profile names and data source names' {
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
}

Describe 'Data source types and config keys' {
    It 'completes -Type from the known types' {
        $result = TabExpansion2 -inputScript 'New-MmsDataSource -Type b' -cursorColumn 'New-MmsDataSource -Type b'.Length
        $result.CompletionMatches.CompletionText | Should -Be 'BIGQUERY'
    }

    It 'completes -Config with the required keys of -Type, and keys by prefix' {
        $line = "New-MmsDataSource -Endpoint $($Emulator.Endpoint) -Credential `$cred -Type HIVE -Config "
        $cred = $Emulator.Credential
        $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $result.CompletionMatches[0].CompletionText | Should -Match "^@\{ 'hive\.metastore\.urls' = 'thrift://master-1-1:9083'; "
        $result.CompletionMatches[0].CompletionText | Should -Not -Match 'hive\.jdbc\.password'
        $line2 = $line + 'hive.jdbc.p'
        $result = TabExpansion2 -inputScript $line2 -cursorColumn $line2.Length
        $result.CompletionMatches.CompletionText | Should -Be "@{ 'hive.jdbc.password' = (Read-Host -AsSecureString -Prompt 'hive.jdbc.password') }"
    }
}

Describe 'Ids of the connected session' {
    AfterEach { Disconnect-Mms }

    It 'feeds tab completion' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        $line = 'Get-MmsTable -SourceId 2000'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain '2000045'
    }
}

Describe 'Timer and task ids' {
    BeforeAll {
        # As for -JobId: the credential comes from the session, the endpoint from the line.
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential
        $script:On = "-Endpoint '$($Emulator.Endpoint)'"
    }
    AfterAll {
        Disconnect-Mms
    }

    It 'completes -TimerId with the timers of the source, names and schedules as tooltips' {
        $timer = New-MmsTimer -SourceId 2000028 -Name sales_nightly -DbName sales -Daily 02:00 @Conn
        $id = "$($timer.TimerId)"
        $found = Complete "Get-MmsTimer -SourceId 2000028 $On -TimerId "
        $found.CompletionText | Should -Be @($id)
        $found[0].ListItemText | Should -Be "$id sales_nightly"
        $found[0].ToolTip | Should -Be 'sales_nightly (Daily 02:00, running, sales)'
        foreach ($command in 'Set-MmsTimer', 'Suspend-MmsTimer', 'Resume-MmsTimer', 'Start-MmsTimer', 'Remove-MmsTimer', 'Get-MmsTimerLog', 'Get-MmsJob') {
            (Complete "$command -SourceId 2000028 $On -TimerId ").CompletionText | Should -Be @($id) -Because $command
        }
        (Complete "Get-MmsTimerLog 2000028 $On -TimerId $($id.Substring(0, 2))").CompletionText | Should -Be @($id)
        (Complete "Get-MmsTimer -SourceId 2000028 $On -TimerId 9").CompletionText | Should -BeNullOrEmpty
    }

    It 'completes -TaskId with the tasks of the source, tables and states as tooltips' {
        $found = Complete "Get-MmsTask -SourceId 2000028 $On -TaskId "
        $found.CompletionText | Should -Be @('1001', '1002', '1003', '1004', '1005')
        ($found | Where-Object CompletionText -EQ '1002').ToolTip | Should -Be 'logs.access_log (DATA_FAILED)'
        ($found | Where-Object CompletionText -EQ '1002').ListItemText | Should -Be '1002 logs.access_log'
        (Complete "Get-MmsTask -SourceId 2000028 $On -TaskId 1002").CompletionText | Should -Be @('1002')
        foreach ($command in 'Get-MmsTaskLog', 'Restart-MmsTask') {
            (Complete "$command -SourceId 2000028 $On -TaskId 100").CompletionText | Should -Be @('1001', '1002', '1003', '1004', '1005') -Because $command
        }
    }

    It 'offers nothing, not file names, until a source is given (as -JobId does)' {
        Push-Location $PSScriptRoot
        try {
            foreach ($line in 'Get-MmsJob -JobId ', 'Get-MmsTimer -TimerId ', 'Suspend-MmsTimer -TimerId ', 'Get-MmsTimerLog -TimerId ',
                'Get-MmsJob -TimerId ', 'Get-MmsTask -TaskId ', 'Get-MmsTaskLog -TaskId ', 'Restart-MmsTask -TaskId ', 'Get-MmsTask -JobId 102 -TaskId ') {
                Complete "$line" | Should -BeNullOrEmpty -Because $line
            }
        }
        finally { Pop-Location }
    }
}
