# What you see is what you can select, against the emulator: -Status takes several states and wildcards on every
# listing, a table's tasks (Get-MmsTable | Get-MmsTask), why a task or job failed (LastMessage, read only for failed
# listings or when asked), -DestinationProject completing project names, Stop-MmsJob -PassThru saying STOPPING, the
# no-credentials error, Get-MmsContext's AccessKeyId, a misspelt region, and an emulator that leaves no diagnostics files.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe '-Status with several states and wildcards' {
    BeforeEach { Get-Stat | Out-Null }

    It 'Get-MmsTask takes DATA_FAILED, SCHEMA_FAILED and *FAILED, one listing per state' {
        $two = Get-MmsTask -SourceId 2000028 -Status DATA_FAILED, SCHEMA_FAILED @Conn
        $two.TaskId | Should -Be 1002
        (Get-Stat).byAction.ListMmsTasks | Should -Be 2
        $wild = Get-MmsTask -SourceId 2000028 -Status *failed @Conn
        $wild.TaskId | Should -Be 1002
        (Get-Stat).byAction.ListMmsTasks | Should -Be 3 -Because '*FAILED names the three failed states'
    }

    It 'Get-MmsJob takes several states and wildcards' {
        (Get-MmsJob -SourceId 2000028 -Status DONE, FAILED @Conn).JobId | Should -Be @(101, 102)
        (Get-MmsJob -SourceId 2000028 -Status D* @Conn).JobId | Should -Be 101 -Because 'D* is DOING and DONE'
    }

    It 'Get-MmsTable and Get-MmsTablePartition take wildcards' {
        (Get-MmsTable -SourceId 2000028 -Status *DONE @Conn).Status | Sort-Object -Unique | Should -Be @('DONE', 'PART_DONE')
        (Get-Stat).byAction.ListMmsTables | Should -Be 1 -Because 'the table filter takes an array, expanded here'
        $parts = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -Status *FAIL* @Conn
        $parts.Status | Sort-Object -Unique | Should -Be 'FAILED'
    }

    It 'refuses a state that names nothing, before any request' {
        { Get-MmsTask -SourceId 2000028 -Status DATA_FAILD @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.GetMmsTaskCommand' -ExpectedMessage '*DATA_FAILD*names no state*'
        { Get-MmsJob -SourceId 2000028 -Status *XYZ* @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.GetMmsJobCommand'
        (Get-Stat).requests | Should -Be 0
    }

    It 'completes -Status with the command''s states' {
        $line = 'Get-MmsTask -SourceId 1 -Status DATA_'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('DATA_DOING', 'DATA_DONE', 'DATA_FAILED')
        $line = 'Get-MmsTable -SourceId 1 -Status PA'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'PART_DONE'
    }
}

Describe 'A table''s tasks and why work failed' {
    It 'Get-MmsTable | Get-MmsTask lists every task of each table, by database and table name' {
        Get-Stat | Out-Null
        $tasks = Get-MmsTable -SourceId 2000028 -TableId 4, 1 @Conn | Get-MmsTask @Conn
        $tasks.TaskId | Should -Be @(1002, 1001)
        $tasks.SrcTableName | Should -Be @('access_log', 'orders')
        (Get-Stat).byAction.ListMmsTasks | Should -Be 2
        (Get-MmsTable -SourceId 2000028 -TableId 2 @Conn | Get-MmsTask @Conn) | Should -BeNullOrEmpty
    }

    It 'a failed listing reads LastMessage; a plain one sends no log request' {
        Get-Stat | Out-Null
        $plain = Get-MmsTask -SourceId 2000028 @Conn
        $plain.LastMessage | Where-Object { $_ } | Should -BeNullOrEmpty
        (Get-Stat).byAction.ListMmsTaskLogs | Should -BeNullOrEmpty
        $failed = Get-MmsTable -SourceId 2000028 -Status FAILED @Conn | Get-MmsTask -Status *FAILED @Conn
        $failed.TaskId | Should -Be 1002
        $failed.LastMessage | Should -Match 'exceeding memory limits'
        (Get-Stat).byAction.ListMmsTaskLogs | Should -Be 1
    }

    It '-IncludeLastMessage reads it for any task, by id too' {
        (Get-MmsTask -SourceId 2000028 -TaskId 1001 -IncludeLastMessage @Conn).LastMessage | Should -Not -BeNullOrEmpty
        (Get-MmsTask -SourceId 2000028 -TaskId 1001 @Conn).LastMessage | Should -BeNullOrEmpty
    }

    It 'a FAILED job says why with -Status FAILED, and not in other listings' {
        Get-Stat | Out-Null
        (Get-MmsJob -SourceId 2000028 @Conn | Where-Object JobId -EQ 102).LastMessage | Should -BeNullOrEmpty
        (Get-Stat).byAction.ListMmsTaskLogs | Should -BeNullOrEmpty
        (Get-MmsJob -SourceId 2000028 -Status FAILED @Conn).LastMessage | Should -Match 'exceeding memory limits'
        (Get-MmsJob -SourceId 2000028 -JobId 102 -IncludeLastMessage @Conn).LastMessage | Should -Match 'exceeding memory limits'
        (Get-MmsJob -SourceId 2000028 -JobId 101 -IncludeLastMessage @Conn).LastMessage | Should -BeNullOrEmpty -Because 'a DONE job has no failure'
    }

    It 'a task log that cannot be read is an error for that task, which is still written' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 500 -Code InternalError -Action ListMmsTaskLogs | Out-Null
        try {
            $task = Get-MmsTask -SourceId 2000028 -Status DATA_FAILED @Conn -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue
            $task.TaskId | Should -Be 1002
            $err.Count | Should -Be 1
            $err[0].TargetObject.TaskId | Should -Be 1002
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }
}

Describe 'Small things a newcomer meets' {
    It '-DestinationProject completes project names, not file names' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        try {
            $line = "New-MmsJob -SourceId 2000028 -Name x -DbName sales -Endpoint '$($Emulator.Endpoint)' -DestinationProject mma_"
            $found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $found.CompletionText | Should -Contain 'mma_sales'
            $found.CompletionText | Should -Contain 'mma_logs'
            $found.ResultType | Sort-Object -Unique | Should -Be 'ParameterValue'
            $line = "Set-MmsTable -SourceId 2000028 -TableId 1 -Endpoint '$($Emulator.Endpoint)' -DestinationProject ./"
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Should -BeNullOrEmpty
        }
        finally { Disconnect-Mms }
    }

    It 'Stop-MmsJob -PassThru shows a running job as STOPPING, then it is STOPPED' {
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 2000 | Out-Null
        try {
            $job = New-MmsJob -SourceId 2000028 -Name to-stop -DbName mms_test -DestinationProject mma_mms_test @Conn | Start-MmsJob -PassThru @Conn
            $stopping = $job | Stop-MmsJob -PassThru @Conn
            $stopping.StopRequested | Should -BeTrue
            $stopping.State | Should -Be 'STOPPING'
            ($stopping | Format-Table | Out-String) | Should -Match 'STOPPING'
            $now = Wait-For -TimeoutSec 15 { $read = $job | Get-MmsJob @Conn; if ($read.Stopped) { $read } }
            $now.State | Should -Be 'STOPPED'
            $now.StopRequested | Should -BeFalse
        }
        finally { Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null }
    }

    It 'the no-credentials error is short and gives its next step once' {
        Invoke-WithCleanEnvironment {
            param($tempHome)
            $err = $null
            try { Get-MmsTable -SourceId 2000028 -TableId 1 -Endpoint $Emulator.Endpoint } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -Be 'MmsCredentialsNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
            $err.ErrorDetails.RecommendedAction | Should -BeNullOrEmpty -Because 'the next step is in the message, once'
            ([regex]::Matches(($err | Out-String -Width 300), 'Next:')).Count | Should -Be 1
            # The paths are those of the temporary home; without them the text is about half what it was (~900).
            $err.Exception.Message.Replace($tempHome, "~").Length | Should -BeLessThan 560
            $err.Exception.Message | Should -Match 'Next: Connect-Mms -Region cn-hangzhou -Credential'
        }
    }

    It 'Get-MmsContext shows the AccessKey ID of environment credentials' {
        $id = $Emulator.Credential.UserName
        $secret = $Emulator.Credential.GetNetworkCredential().Password
        Invoke-WithCleanEnvironment {
            try {
                Connect-Mms -Endpoint $Emulator.Endpoint | Out-Null
                $context = Get-MmsContext
                $context.CredentialSource | Should -Be 'the environment'
                $context.AccessKeyId | Should -Be $id
                ($context | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($secret))
            }
            finally { Disconnect-Mms }
        } -Variables @{ ALIBABA_CLOUD_ACCESS_KEY_ID = $id; ALIBABA_CLOUD_ACCESS_KEY_SECRET = $secret }
    }

    It 'Connect-Mms -Region Hangzhou suggests cn-hangzhou and builds no endpoint from the typo' {
        { Connect-Mms -Region Hangzhou -Credential $Emulator.Credential } |
            Should -Throw -ErrorId 'MmsUnknownRegion,MmsPowerShell.Commands.ConnectMmsCommand' -ExpectedMessage '*did you mean cn-hangzhou*Pass -Region cn-hangzhou.'
        try { Connect-Mms -Region Hangzhou -Credential $Emulator.Credential } catch { $_.Exception.Message | Should -Not -Match 'maxcompute\.hangzhou' }
    }

    It 'a stopped emulator leaves no .NET diagnostics files in the temp folder' {
        $temp = [IO.Path]::GetTempPath()
        # Only files made from now on count: a process killed earlier with the same (reused) id may have left some.
        $started = (Get-Date).AddSeconds(-1)
        $emu = Start-TestEmulator -Standalone
        $procId = $emu.ProcessId
        try {
            (Get-MmsTable -SourceId 2000028 -TableId 1 -Endpoint $emu.Endpoint -Credential $emu.Credential).TableId | Should -Be 1
            @(Get-ChildItem $temp -Filter "*-$procId-*" -ErrorAction SilentlyContinue | Where-Object { $_.Name -match '^(clr-debug-pipe|dotnet-diagnostic)-' -and $_.LastWriteTime -ge $started }).Count | Should -Be 0
        }
        finally { $emu | Stop-MmsEmulator }
        @(Get-ChildItem $temp -Filter "*-$procId-*" -ErrorAction SilentlyContinue | Where-Object { $_.Name -match '^(clr-debug-pipe|dotnet-diagnostic)-' -and $_.LastWriteTime -ge $started }).Count | Should -Be 0
    }
}
