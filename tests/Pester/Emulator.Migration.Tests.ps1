# What a whole migration run needs from the emulator, over HTTP with raw signed requests: the dw_cluster source
# (2000060), tables that fail once or always, table status following the tasks, a create whose answer is lost
# after the job is made, and the count of creates per job name in the stats.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
    $script:Dw = '/api/v1/mms/datasources/2000060'
    # Whole jobs run here, not single steps: each wait may take longer than Wait-For's usual 10 s.
    $script:Patience = 15

    # Creates a job of retail tables, waits for its async task and starts it; returns the job id.
    function Start-RetailJob([string] $Name, [string[]] $Tables) {
        $body = @{ name = $Name; srcDbName = 'retail'; tables = $Tables } | ConvertTo-Json -Compress
        $id = (Send POST "$Dw/jobs" CreateMmsJob $body).Body.data.asyncTaskId
        $jobId = Wait-For -TimeoutSec $Patience { $task = (Send GET "$Dw/asyncTasks/$id" GetMmsAsyncTask).Body.data; if (-not $task.running) { $task.objectId } }
        (Send POST "$Dw/jobs/$jobId/start" StartMmsJob).StatusCode | Should -Be 200
        $jobId
    }

    function Wait-JobEnd([long] $JobId) {
        Wait-For -TimeoutSec $Patience { $job = (Send GET "$Dw/jobs/$JobId" GetMmsJob).Body.data; if ($job.status -in 'DONE', 'FAILED') { $job } }
    }

    function Get-Tasks([long] $JobId) { (Send GET "$Dw/tasks" ListMmsTasks -Query @{ jobId = $JobId; pageSize = 100 }).Body.data.objectList }
    function Get-TableStatus([long] $TableId) { (Send GET "$Dw/tables/$TableId" GetMmsTable).Body.data.status }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Source 2000060 (dw_cluster)' {
    It 'has four databases with their target projects, one of them without any' {
        $dbs = (Send GET "$Dw/dbs" ListMmsDbs -Query @{ pageSize = 100 }).Body.data.objectList
        ($dbs | ForEach-Object { '{0}:{1}:{2}' -f $_.name, $_.tables, $_.dstProjectName }) |
            Should -Be @('retail:260:dw_retail', 'finance:180:dw_finance', 'clickstream:120:dw_clickstream', 'staging:12:')
    }

    It 'lists its tables by the page, each with a size and its own target' {
        $first = (Send GET "$Dw/tables" ListMmsTables -Query @{ dbName = 'retail'; pageSize = 100; pageNum = 1 }).Body.data
        $first.total | Should -Be 260
        $first.objectList | ForEach-Object { $_.size | Should -BeGreaterThan 0 }
        ($first.objectList | Where-Object name -Like '*_payment_*').dstProjectName | Sort-Object -Unique | Should -Be 'dw_retail_secure'
        ($first.objectList | Where-Object name -NotLike '*_payment_*').dstProjectName | Sort-Object -Unique | Should -Be 'dw_retail'
        (Send GET "$Dw/tables" ListMmsTables -Query @{ dbName = 'clickstream'; hasPartitions = 'false' }).Body.data.total | Should -Be 0
    }

    It 'is readable through the module: Get-MmsDatabase | Get-MmsTable' {
        $tables = Get-MmsDatabase -SourceId 2000060 -Name staging @Conn | Get-MmsTable @Conn
        $tables | Should -HaveCount 12
        $tables.Status | Sort-Object -Unique | Should -Be 'INIT'
    }
}

Describe 'Failures a run must handle' {
    It 'fails a "fail" table once; RetryMmsJob runs only the failed task and the table ends DONE' {
        $jobId = Start-RetailJob 'fail-once' @('ods_login_failures', 'ods_orders_01')
        (Wait-JobEnd $jobId).status | Should -Be 'FAILED'
        $tasks = Get-Tasks $jobId
        ($tasks | Where-Object srcTableName -EQ 'ods_login_failures').status | Should -Be 'DATA_FAILED'
        ($tasks | Where-Object srcTableName -EQ 'ods_orders_01').status | Should -Be 'DONE'
        Get-TableStatus 42 | Should -Be 'FAILED'

        (Send POST "$Dw/jobs/$jobId/retry" RetryMmsJob).Body.data | Should -Be $jobId
        $job = Wait-JobEnd $jobId
        $job.status | Should -Be 'DONE'
        $job.taskDone | Should -Be 2
        $tasks = Get-Tasks $jobId
        ($tasks | Where-Object srcTableName -EQ 'ods_login_failures').retriedTimes | Should -Be 1
        ($tasks | Where-Object srcTableName -EQ 'ods_orders_01').retriedTimes | Should -Be 0 -Because 'a job retry runs only the failed tasks'
        Get-TableStatus 42 | Should -Be 'DONE'
        Get-TableStatus 1 | Should -Be 'DONE'
    }

    It 'fails ods_legacy_events on every attempt, its last log line saying why' {
        $jobId = Start-RetailJob 'always-fails' @('ods_legacy_events')
        foreach ($attempt in 1..2) {
            (Wait-JobEnd $jobId).status | Should -Be 'FAILED'
            $task = Get-Tasks $jobId
            $task.status | Should -Be 'SCHEMA_FAILED'
            $task.retriedTimes | Should -Be ($attempt - 1)
            $last = (Send GET "$Dw/tasks/$($task.id)/logs" ListMmsTaskLogs).Body.data[-1]
            $last.msg | Should -BeLike "FAILED: ODPS-0130161:*invalid type 'uniontype<int,string,array<string>>' of column 'payload'*dw_retail.default.ods_legacy_events"
            Get-TableStatus 203 | Should -Be 'FAILED'
            (Send POST "$Dw/jobs/$jobId/retry" RetryMmsJob).StatusCode | Should -Be 200
        }
    }

    It 'shows a table DOING while its task runs' {
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 500 | Out-Null
        try {
            Get-TableStatus 2 | Should -Be 'INIT'
            $jobId = Start-RetailJob 'follows' @('dwd_orders_01')
            Wait-For -TimeoutSec $Patience { (Get-Tasks $jobId).status -ne 'INIT' } | Out-Null
            Get-TableStatus 2 | Should -Be 'DOING'
            Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null
            (Wait-JobEnd $jobId).status | Should -Be 'DONE'
            Get-TableStatus 2 | Should -Be 'DONE'
        }
        finally { Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null }
    }
}

Describe 'A create whose answer is lost' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'makes the job anyway: a name lookup finds exactly one, and the stats count one create' {
        $null = Get-Stat
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsJob -Times 1
        $body = @{ name = 'lost-retail-001'; srcDbName = 'retail'; tables = @('ods_orders_02', 'dwd_orders_02') } | ConvertTo-Json -Compress
        { Send POST "$Dw/jobs" CreateMmsJob $body } | Should -Throw -Because 'the connection drops before the answer'

        $found = Wait-For -TimeoutSec $Patience { (Send GET "$Dw/jobs" ListMmsJobs -Query @{ name = 'lost-retail-001' }).Body.data.objectList }
        @($found) | Should -HaveCount 1
        $found.status | Should -Be 'INIT'
        (Get-Tasks $found.id).srcTableName | Should -Be @('ods_orders_02', 'dwd_orders_02')
        $stats = Get-MmsEmulatorStat -Emulator $Emulator
        $stats.byAction.CreateMmsJob | Should -Be 1
        $stats.createsByJobName.'lost-retail-001' | Should -Be 1
    }

    It 'counts a blind resend, which makes a second job of the same name' {
        $null = Get-Stat
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsJob -Times 1
        $body = @{ name = 'resent-retail-001'; srcDbName = 'retail'; tables = @('ods_orders_03') } | ConvertTo-Json -Compress
        { Send POST "$Dw/jobs" CreateMmsJob $body } | Should -Throw
        (Send POST "$Dw/jobs" CreateMmsJob $body).StatusCode | Should -Be 200

        Wait-For -TimeoutSec $Patience { @((Send GET "$Dw/jobs" ListMmsJobs -Query @{ name = 'resent-retail-001' }).Body.data.objectList).Count -eq 2 } | Should -BeTrue
        $stats = Get-MmsEmulatorStat -Emulator $Emulator
        $stats.createsByJobName.'resent-retail-001' | Should -Be 2
        $stats.createsByJobName.'lost-retail-001' | Should -BeNullOrEmpty -Because 'the reset cleared the counts'
    }

    It 'counts creates the gateway refused too, and no other operation' {
        $null = Get-Stat
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 503 -Action CreateMmsJob -Times 1
        $body = @{ name = 'refused-retail-001'; srcDbName = 'retail'; tables = @('ods_orders_04') } | ConvertTo-Json -Compress
        (Send POST "$Dw/jobs" CreateMmsJob $body).StatusCode | Should -Be 503
        (Send POST "$Dw/timers" CreateMmsTimer (@{ name = 'refused-retail-001'; srcDbName = 'retail'; scheduleType = 'Daily'; value = '01:00' } | ConvertTo-Json -Compress)).StatusCode | Should -Be 200
        $stats = Get-MmsEmulatorStat -Emulator $Emulator
        $stats.createsByJobName.'refused-retail-001' | Should -Be 1
        @($stats.createsByJobName.PSObject.Properties) | Should -HaveCount 1
    }
}
