# The emulator's generated planning source (9000002, "bulk_plan"): 100,000 INIT tables paged by id, a source the job
# operations answer for (so a run can be planned on it), and nothing that leaks into the other sources' listings.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:Plan = 9000002
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Emulator source 9000002 (bulk_plan)' {
    It 'pages 100,000 INIT tables by id, each with its database''s target project' {
        $first = Invoke-MmsEmulatorRequest -Emulator $Emulator -Method GET -Path "/api/v1/mms/datasources/$Plan/tables" -Action ListMmsTables -Query @{ pageNum = '1'; pageSize = '100' }
        $first.StatusCode | Should -Be 200
        $first.Body.data.total | Should -Be 100000
        @($first.Body.data.objectList).Count | Should -Be 100
        $first.Body.data.objectList[0].id | Should -Be 1
        $last = Invoke-MmsEmulatorRequest -Emulator $Emulator -Method GET -Path "/api/v1/mms/datasources/$Plan/tables" -Action ListMmsTables -Query @{ pageNum = '1000'; pageSize = '100' }
        @($last.Body.data.objectList).Count | Should -Be 100
        $last.Body.data.objectList[-1].id | Should -Be 100000
        $beyond = Invoke-MmsEmulatorRequest -Emulator $Emulator -Method GET -Path "/api/v1/mms/datasources/$Plan/tables" -Action ListMmsTables -Query @{ pageNum = '1001'; pageSize = '100' }
        @($beyond.Body.data.objectList).Count | Should -Be 0
        $table = Get-MmsTable -SourceId $Plan -TableId 12345 @Conn
        $table.Name | Should -Be 't_12345'
        $table.DbName | Should -Be 'plan_db'
        $table.Status | Should -Be 'INIT'
        $table.DestinationProject | Should -Be 'mma_plan_db'
        { Get-MmsTable -SourceId $Plan -TableId 100001 @Conn -ErrorAction Stop } | Should -Throw -ErrorId 'MmsTableNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
    }

    It 'is found by id and answers the job operations (no jobs yet), but is not listed with the other sources' {
        (Get-MmsDataSource -SourceId $Plan @Conn).Name | Should -Be 'bulk_plan'
        @(Get-MmsJob -SourceId $Plan @Conn).Count | Should -Be 0
        (Get-MmsDataSource @Conn).SourceId | Should -Not -Contain $Plan
    }

    It 'plans 1,000 of its tables, piped, under -WhatIf with no request per table' {
        # Only the first 1,000 tables, piped: the whole source is the benchmark's (tools/Measure-MmsMigrationPlan.ps1).
        $tables = @(Get-MmsTable -SourceId $Plan -First 1000 @Conn)
        $null = Get-Stat
        $run = Invoke-InRunspace -Emulator $Emulator -Script {
            param($t) $t | Invoke-MmsMigration -Name bp -StatePath (Join-Path ([IO.Path]::GetTempPath()) ("mms-bp-" + [guid]::NewGuid().ToString('N') + '.json')) -WhatIf -Verbose @Conn 4>&1
        } -ArgumentList (, $tables)
        $run.Errors | Should -BeNullOrEmpty
        @($run.Output | Where-Object { "$_" -like "Run 'bp': 10 new job(s) for 1000 table(s)*" }).Count | Should -Be 1
        $stat = Get-Stat
        $stat.byAction.PSObject.Properties.Name | Should -Be @('ListMmsJobs')
    }
}
