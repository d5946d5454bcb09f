# The emulator itself: its job and set-up operations driven over HTTP with raw signed requests
# (Invoke-MmsEmulatorRequest signs independently of the module), as docs/emulator.md describes them, and the
# cmdlets of the emulator module.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 -ScanMs 60 | Out-Null
    $script:Demo = '/api/v1/mms/datasources/2000028'

    function Get-Job([long] $Id) { (Send GET "$Demo/jobs/$Id" GetMmsJob).Body.data }

    # Creates a job and waits for its async task; returns the async task's final state.
    function New-Job([string] $Body) {
        $created = Send POST "$Demo/jobs" CreateMmsJob $Body
        $created.StatusCode | Should -Be 200
        $id = $created.Body.data.asyncTaskId
        Wait-For { $task = (Send GET "$Demo/asyncTasks/$id" GetMmsAsyncTask).Body.data; if (-not $task.running) { $task } }
    }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Seeded jobs on source 2000028' {
    It 'has a DONE, a FAILED and an INIT job' {
        $jobs = (Send GET "$Demo/jobs" ListMmsJobs).Body.data.objectList
        ($jobs | Where-Object id -LE 103 | ForEach-Object { "$($_.id):$($_.name):$($_.status)" }) |
            Should -Be @('101:sales_orders_full:DONE', '102:logs_nightly:FAILED', '103:mms_test_full:INIT')
    }

    It 'says in the failed task''s logs why it failed' {
        $task = (Send GET "$Demo/tasks" ListMmsTasks -Query @{ jobId = 102 }).Body.data.objectList
        $task.status | Should -Be 'DATA_FAILED'
        $logs = (Send GET "$Demo/tasks/$($task.id)/logs" ListMmsTaskLogs).Body.data
        $logs[-1].status | Should -Be 'DATA_FAILED'
        $logs[-1].msg | Should -Match 'exceeding memory limits'
    }

    It 'filters by stopped as 0/1 or false/true, and sorts by status' {
        (Send GET "$Demo/jobs" ListMmsJobs -Query @{ stopped = '0'; status = 'FAILED' }).Body.data.objectList.id | Should -Contain 102
        (Send GET "$Demo/jobs" ListMmsJobs -Query @{ stopped = 'true' }).Body.data.total | Should -Be 0
        (Send GET "$Demo/jobs" ListMmsJobs -Query @{ name = 'sales_'; 'sorter.status' = 'desc' }).Body.data.objectList[0].id | Should -Be 101
    }
}

Describe 'A job from creation to DONE' {
    BeforeAll { Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null }

    It 'creates the job through an async task, runs it, and the table follows' {
        $task = New-Job '{"name":"orders_again","srcDbName":"sales","tables":["customers"],"enableVerification":true}'
        $task.type | Should -Be 'TASK_CREATE'
        $task.status | Should -Be 'DONE'
        $job = Get-Job $task.objectId
        $job.status | Should -Be 'INIT'
        $job.type | Should -Be 'Tables'
        $job.config.tables | Should -Be @('customers')
        (Send POST "$Demo/jobs/$($job.id)/start" StartMmsJob).Body.data | Should -Be $job.id
        Wait-For { (Get-Job $job.id).status -eq 'DONE' } | Out-Null
        (Get-Job $job.id).taskDone | Should -Be 1
        $taskId = (Send GET "$Demo/tasks" ListMmsTasks -Query @{ jobId = $job.id }).Body.data.objectList[0].id
        (Send GET "$Demo/tasks/$taskId/logs" ListMmsTaskLogs).Body.data.status |
            Should -Be @('SCHEMA_DOING', 'SCHEMA_DONE', 'DATA_DOING', 'DATA_DONE', 'VERIFICATION_DOING', 'VERIFICATION_DONE', 'DONE')
        (Get-MmsTable -SourceId 2000028 -TableId 2 @Conn).Status | Should -Be 'DONE'
        (Get-MmsEmulatorStat -Emulator $Emulator).byAction.CreateMmsJob | Should -Be 1
    }

    It 'refuses to start a DONE job again' {
        $r = Send POST "$Demo/jobs/101/start" StartMmsJob
        $r.StatusCode | Should -Be 400
        $r.Body.errorCode | Should -Be 'InvalidJobStatus'
    }

    It 'fails the async task for a database or table that does not exist' {
        (New-Job '{"name":"x","srcDbName":"nope"}').errorMsg | Should -Match 'Database nope not found'
        $task = New-Job '{"name":"x","srcDbName":"sales","tables":["nope"]}'
        $task.status | Should -Be 'FAILED'
        $task.errorMsg | Should -Match 'Table nope not found'
    }

    It 'answers not found for an unknown source' {
        $r = Send POST '/api/v1/mms/datasources/123/jobs' CreateMmsJob '{"srcDbName":"sales"}'
        $r.StatusCode | Should -Be 404
        $r.Body.errorCode | Should -Be 'ODPS-0130131'
    }
}

Describe 'Stop, retry, delete' {
    It 'stops a running job at its next tick and resumes it' {
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 200 | Out-Null
        try {
            $job = (New-Job '{"name":"slow","srcDbName":"mms_test"}').objectId
            Send POST "$Demo/jobs/$job/start" StartMmsJob | Out-Null
            Send POST "$Demo/jobs/$job/stop" StopMmsJob | Out-Null
            $stopped = Wait-For { $j = Get-Job $job; if ($j.stopped) { $j } }
            $stopped.status | Should -Be 'DOING'
            (Send GET "$Demo/jobs" ListMmsJobs -Query @{ stopped = '1' }).Body.data.objectList.id | Should -Contain $job
        }
        finally { Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 30 | Out-Null }
        Send POST "$Demo/jobs/$job/start" StartMmsJob | Out-Null
        (Wait-For { $j = Get-Job $job; if ($j.status -eq 'DONE') { $j } }).stopped | Should -BeFalse
    }

    It 'retries the seeded FAILED job and recovers it' {
        (Send POST "$Demo/jobs/102/retry" RetryMmsJob).Body.data | Should -Be 102
        Wait-For { (Get-Job 102).status -eq 'DONE' } | Out-Null
        (Send GET "$Demo/tasks/1002" GetMmsTask).Body.data.retriedTimes | Should -Be 1
        (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn).Status | Should -Be 'DONE'
    }

    It 'fails tasks on demand with jobfail, and RetryMmsTask recovers them' {
        $job = (New-Job '{"name":"doomed","srcDbName":"sales","tables":["orders"]}').objectId
        Set-MmsEmulatorFault -Emulator $Emulator -Kind jobfail -SourceId 2000028 -JobId $job -Times 1 | Out-Null
        Send POST "$Demo/jobs/$job/start" StartMmsJob | Out-Null
        Wait-For { (Get-Job $job).status -eq 'FAILED' } | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 1 @Conn).Status | Should -Be 'FAILED'
        $task = (Send GET "$Demo/tasks" ListMmsTasks -Query @{ jobId = $job; status = 'DATA_FAILED' }).Body.data.objectList[0]
        (Send GET "$Demo/tasks/$($task.id)/logs" ListMmsTaskLogs).Body.data[-1].msg | Should -Match 'ODPS-0420095'
        (Send POST "$Demo/tasks/$($task.id)/retry" RetryMmsTask).StatusCode | Should -Be 200
        Wait-For { (Get-Job $job).status -eq 'DONE' } | Out-Null
    }

    It 'deletes a job with a POST on its URL' {
        $job = (New-Job '{"name":"temporary","srcDbName":"logs"}').objectId
        (Send POST "$Demo/jobs/$job" DeleteMmsJob).Body.data | Should -Be $job
        (Send GET "$Demo/jobs/$job" GetMmsJob).StatusCode | Should -Be 404
    }

    It 'lostanswer: the create takes effect once although its answer never arrives' {
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsJob -Times 1 | Out-Null
        { Send POST "$Demo/jobs" CreateMmsJob '{"name":"lost_answer","srcDbName":"logs"}' } | Should -Throw
        Wait-For { (Send GET "$Demo/jobs" ListMmsJobs -Query @{ name = 'lost_answer' }).Body.data.total -eq 1 } | Out-Null
        (Get-MmsEmulatorStat -Emulator $Emulator).byAction.CreateMmsJob | Should -Be 1
    }
}

Describe 'Set-up operations' {
    It 'scans a database: SCAN_DOING, then SCAN_DONE with a JSON string result and new tables' {
        $scan = (Send POST "$Demo/scans" CreateMmsFetchMetadataJob '{"dbName":"sales"}').Body.data.scanId
        $done = Wait-For { $s = (Send GET "$Demo/scans/$scan" GetMmsFetchMetadataJob).Body.data; if ($s.status -ne 'SCAN_DOING') { $s } }
        $done.status | Should -Be 'SCAN_DONE'
        $done.progress | Should -Be 10000
        ($done.result | ConvertFrom-Json).tables | Should -Be 5
        (Get-MmsTable -SourceId 2000028 -DbName sales @Conn).Name | Should -Contain "failover_log_$scan"
    }

    It 'fails a scan of an unknown database' {
        $scan = (Send POST "$Demo/scans" CreateMmsFetchMetadataJob '{"dbName":"nope"}').Body.data.scanId
        $done = Wait-For { $s = (Send GET "$Demo/scans/$scan" GetMmsFetchMetadataJob).Body.data; if ($s.status -ne 'SCAN_DOING') { $s } }
        $done.status | Should -Be 'SCAN_FAILED'
        $done.errorMsg | Should -Match 'nope'
    }

    It 'runs a timer on demand and finds its job by timerId' {
        (Send POST "$Demo/timers" CreateMmsTimer '{"name":"nightly","srcDbName":"logs","scheduleType":"Daily","value":"25:00"}').StatusCode | Should -Be 400
        $timer = (Send POST "$Demo/timers" CreateMmsTimer '{"name":"nightly","srcDbName":"logs","scheduleType":"Daily","value":"02:30"}').Body.data.timerId
        # The raw text: ConvertFrom-Json would turn the ISO-8601 updateTime into a DateTime.
        $got = (Send GET "$Demo/timers/$timer" GetMmsTimer).Content
        $got | Should -Match '"createTime":"\d{13}"'
        $got | Should -Match '"updateTime":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"'
        (Send PUT "$Demo/timers/$timer" UpdateMmsTimer '{"scheduleType":"Hourly"}').StatusCode | Should -Be 400
        (Send PUT "$Demo/timers/$timer" UpdateMmsTimer '{"scheduleType":"Hourly","value":"15","stopped":true}').StatusCode | Should -Be 200
        (Send POST "$Demo/timers/$timer/trigger" TriggerMmsTimer).Body.data | Should -Be $timer
        $job = (Send GET "$Demo/jobs" ListMmsJobs -Query @{ timerId = $timer }).Body.data.objectList
        $job.name | Should -Be 'nightly_run1'
        $job.status | Should -Be 'DOING'
        (Send GET "$Demo/timers/$timer/logs" ListMmsTimerLogs).Body.data.objectList[-1].action | Should -Be 'start job'
        (Send DELETE "$Demo/timers/$timer" DeleteMmsTimer).StatusCode | Should -Be 200
        (Send GET "$Demo/timers/$timer" GetMmsTimer).StatusCode | Should -Be 404
    }

    It 'changes a table''s target and resets its status' {
        (Send PUT "$Demo/tables/3" UpdateMmsTable '{"dstName":"order_items_v2","status":"INIT"}').Body.data | Should -Be 3
        $table = Get-MmsTable -SourceId 2000028 -TableId 3 @Conn
        $table.DestinationName | Should -Be 'order_items_v2'
        $table.Status | Should -Be 'INIT'
        (Send PUT "$Demo/tables/3" UpdateMmsTable '{"status":"SOMETIMES"}').StatusCode | Should -Be 400
    }

    It 'creates, tests and deletes a data source' {
        (Send POST '/api/v1/mms/datasources' CreateMmsDataSource '{"name":"x","type":"HIVE","config":{"no.such.key":"1"}}').StatusCode | Should -Be 400
        $id = (Send POST '/api/v1/mms/datasources' CreateMmsDataSource '{"name":"new_hive","type":"HIVE","networklink":"vpc-1:cn-shanghai","config":{"hive.metastore.urls":"thrift://bad.example:9083"}}').Body.data.dataSourceId
        (Get-MmsDataSource -SourceId $id @Conn).Name | Should -Be 'new_hive'
        $update = (Send PUT "/api/v1/mms/datasources/$id" UpdateMmsDataSource '{"test":true}').Body.data
        $update.sourceId | Should -Be $id
        $test = Wait-For { $t = (Send GET "/api/v1/mms/datasources/$id/asyncTasks/$($update.asyncTaskId)" GetMmsAsyncTask).Body.data; if (-not $t.running) { $t } }
        $test.status | Should -Be 'FAILED'
        $test.errorMsg | Should -Match 'bad\.example'
        (Send DELETE "/api/v1/mms/datasources/$id" DeleteMmsDataSource).Body.data | Should -Be $id
        (Send GET "/api/v1/mms/datasources/$id" GetMmsDataSource).StatusCode | Should -Be 404
    }

    It 'lists config items as a bare array with secrets marked by type' {
        $items = (Send GET '/api/v1/mms/configItems' ListMmsDataSourceConfigItems -Query @{ sourceType = 'Hive'; lang = 'en_US' }).Body.data
        ($items | Where-Object key -EQ 'hive.jdbc.password').type | Should -Be 'PASSWORD'
        ($items | Where-Object key -EQ 'mc.default.project').required | Should -BeTrue
        (Send GET '/api/v1/mms/configItems' ListMmsDataSourceConfigItems -Query @{ sourceType = 'ORACLE' }).StatusCode | Should -Be 400
    }
}

Describe 'The emulator module' {
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
}
