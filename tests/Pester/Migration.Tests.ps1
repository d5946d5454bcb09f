# Invoke-MmsMigration against the emulator's dw_cluster source (2000060): the plan under -WhatIf (nothing sent),
# chunks and names, the running cap, retries and the final failure, a lost create answer, a process killed with
# SIGKILL and the rerun, the ledger deleted before a rerun, a second run refused, Ctrl+C, and tables without a
# destination. Each Describe starts its own emulator, so jobs of one never count in another.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:Suffix = ',MmsPowerShell.Commands.InvokeMmsMigrationCommand'
    $script:Dw = 2000060

    function Start-RunEmulator([int] $StepMs = 20) {
        Start-TestEmulator -JobStepMs $StepMs -AsyncTaskMs 40 | Out-Null
    }

    function New-StatePath([string] $Name) {
        $folder = Join-Path ([IO.Path]::GetTempPath()) ('mms-run-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $folder | Out-Null
        Join-Path $folder "$Name.mmsmigration.json"
    }

    # Every create the emulator saw, by job name: a run that never creates twice has only 1s here.
    function Get-CreateCount { $stat = Get-MmsEmulatorStat -Emulator $Emulator; @($stat.createsByJobName.PSObject.Properties | ForEach-Object { $_.Value }) }

    function Get-RunJob([string] $Name) { Get-MmsJob -SourceId $Dw -Name "$Name-*" @Conn }

    # A run takes its time to get going: waits here give it a minute, not Wait-For's usual 10 s.
    $script:Patience = 60
}

Describe 'Invoke-MmsMigration -WhatIf' {
    BeforeAll { Start-RunEmulator }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'prints one "What if:" line per job it would create, reads only, and sends no change' {
        $state = New-StatePath wi
        Get-Stat | Out-Null
        $text = Get-ChildHostText "Invoke-MmsMigration -SourceId $Dw -Name wi -DbName retail -StatePath '$state' -WhatIf @Conn"
        $lines = @($text -split "`r?`n" | Where-Object { $_ -like 'What if:*' })
        # retail: 260 tables less 5 DONE and 4 DOING = 251; 226 go to dw_retail (3 jobs), 25 *_payment_* to dw_retail_secure.
        $lines.Count | Should -Be 4
        $lines[0] | Should -Match "Create migration job 'wi-retail-001'.*database retail -> project dw_retail, 100 table\(s\), [0-9.]+ [KMGT]B"
        $lines[2] | Should -Match "'wi-retail-003'.*dw_retail, 26 table\(s\)"
        $lines[3] | Should -Match "'wi-retail-004'.*dw_retail_secure, 25 table\(s\)"
        $stat = Get-Stat
        $stat.byAction.PSObject.Properties.Name | Should -Not -Contain 'CreateMmsJob'
        $stat.byAction.PSObject.Properties.Name | Where-Object { $_ -notlike 'List*' -and $_ -notlike 'Get*' } | Should -BeNullOrEmpty
        $stat.byAction.ListMmsTables | Should -BeGreaterThan 0
        Test-Path $state | Should -BeFalse
    }
}

Describe 'Invoke-MmsMigration: plan, cap and outcome' {
    BeforeAll { Start-RunEmulator -StepMs 40 }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'cuts a database into chunks named run-db-NNN, keeps at most -MaxRunningJobs running, and ends Done' {
        $state = New-StatePath cap
        # A sampler in its own runspace writes the most DOING jobs of the run it has seen to a file.
        $seen = Join-Path (Split-Path $state) 'max.txt'
        $sampler = Start-InRunspace @"
`$max = 0
while (`$true) {
    `$doing = @(Get-MmsJob -SourceId 2000060 -Name 'cap-*' -Status DOING @Conn -ErrorAction SilentlyContinue | Where-Object { -not `$_.Stopped }).Count
    if (`$doing -gt `$max) { `$max = `$doing; Set-Content -Path '$seen' -Value `$max }
    Start-Sleep -Milliseconds 20
}
"@
        try {
            $run = Invoke-MmsMigration -SourceId $Dw -Name cap -DbName finance -TablesPerJob 40 -MaxRunningJobs 2 -PollIntervalSec 0.05 `
                -RetryDelaySec 0.05 -StatePath $state @Conn -ErrorVariable failures
        }
        finally {
            $sampler.PowerShell.Stop()
            $sampler.PowerShell.Dispose()
        }
        $max = [int](Get-Content $seen)
        $failures | Should -BeNullOrEmpty
        $run | Should -BeOfType ([MmsPowerShell.Core.Models.MmsMigrationRun])
        $run.State | Should -Be 'Done'
        # finance: 180 tables less 3 DONE and 2 DOING = 175, one destination: 40, 40, 40, 40, 15.
        $run.Jobs.Name | Should -Be @('cap-finance-001', 'cap-finance-002', 'cap-finance-003', 'cap-finance-004', 'cap-finance-005')
        $run.Jobs | ForEach-Object { @($_.Tables).Count } | Should -Be @(40, 40, 40, 40, 15)
        $run.Jobs.DestinationProject | Sort-Object -Unique | Should -Be 'dw_finance'
        $run.TablesPlanned | Should -Be 175
        $run.TablesDone | Should -Be 175
        $run.BytesDone | Should -Be $run.BytesPlanned
        $run.StatePath | Should -Be $state
        # dws_settlement_failures (id 355) fails once in a new job: its job ran twice and ended DONE.
        ($run.Jobs | Where-Object { $_.Tables -contains 'dws_settlement_failures' }).Attempts | Should -Be 2
        # Tables in each job are in table-id order.
        $first = Get-MmsTable -SourceId $Dw -DbName finance @Conn | Where-Object Name -In $run.Jobs[0].Tables
        ($first | Sort-Object TableId).Name | Should -Be @($run.Jobs[0].Tables)
        $max | Should -BeLessOrEqual 2
        $max | Should -BeGreaterOrEqual 1
        Get-CreateCount | Should -Be @(1, 1, 1, 1, 1)
        (Get-Content $state -Raw | ConvertFrom-Json).state | Should -Be 'Done'
    }

    It 'shows the run at a glance in 80 columns, and its jobs as a table' {
        $run = Invoke-MmsMigration -SourceId $Dw -Name cap -DbName finance -TablesPerJob 40 -PollIntervalSec 0.05 -StatePath (New-StatePath cap) @Conn
        $text = $run | Out-String -Width 80
        $text | Should -Match 'Name\s+: cap \(source 2000060\)'
        $text | Should -Match 'TablesDone\s+: 175 of 175 done, 0 failed'
        $text | Should -Match 'Jobs\s+: 5: 5 DONE'
        ($text -split "`n" | Where-Object { $_.TrimEnd().Length -gt 80 }) | Should -BeNullOrEmpty
        $jobs = $run.Jobs | Out-String -Width 80
        $jobs | Should -Match 'cap-finance-005\s+DONE\s+\d\s+15/15 dw_finance'
    }

    It 'a rerun of a finished run creates nothing and counts the DONE jobs' {
        Get-Stat | Out-Null
        $run = Invoke-MmsMigration -SourceId $Dw -Name cap -DbName finance -TablesPerJob 40 -PollIntervalSec 0.05 -StatePath (New-StatePath cap) @Conn
        $run.State | Should -Be 'Done'
        @($run.Jobs).Count | Should -Be 5
        $stat = Get-Stat
        $stat.byAction.PSObject.Properties.Name | Should -Not -Contain 'CreateMmsJob'
        $stat.byAction.PSObject.Properties.Name | Should -Not -Contain 'StartMmsJob'
    }

    It 'a table with no destination is an error for that table, before anything is created' {
        Get-Stat | Out-Null
        $run = Invoke-MmsMigration -SourceId $Dw -Name nodest -DbName staging -PollIntervalSec 0.05 -StatePath (New-StatePath nodest) @Conn -ErrorVariable err
        @($err).Count | Should -Be 12
        $err[0].FullyQualifiedErrorId | Should -Be ('MmsMigrationTableNoDestination' + $Suffix)
        $err[0].TargetObject | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTable])
        $err[0].TargetObject.DbName | Should -Be 'staging'
        @($run.Jobs).Count | Should -Be 0
        (Get-Stat).byAction.PSObject.Properties.Name | Should -Not -Contain 'CreateMmsJob'
    }
}

Describe 'Invoke-MmsMigration: retries and the final failure' {
    BeforeAll { Start-RunEmulator }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'retries a failed job until -MaxAttempts, then writes MmsMigrationJobFailed with the job as target' {
        $script:RetryState = $state = New-StatePath rt
        Get-Stat | Out-Null
        # 42 fails once and recovers on retry; 203 always fails (its log says why).
        $run = Get-MmsTable -SourceId $Dw -TableId 1, 2, 42, 203 @Conn |
            Invoke-MmsMigration -Name rt -TablesPerJob 2 -MaxAttempts 2 -RetryDelaySec 0.05 -PollIntervalSec 0.05 -StatePath $state @Conn -ErrorVariable err
        $run.State | Should -Be 'Failed'
        $run.Jobs.Name | Should -Be @('rt-retail-001', 'rt-retail-002')
        $run.Jobs.Status | Should -Be @('DONE', 'FAILED')
        $run.Jobs[1].Attempts | Should -Be 2
        $run.TablesDone | Should -Be 3
        $run.TablesFailed | Should -Be 1
        $run.FailedTables.TableName | Should -Be 'ods_legacy_events'
        $run.FailedTables[0].Message | Should -Match "uniontype<int,string,array<string>>"
        $run.FailedTables[0].JobId | Should -Be $run.Jobs[1].JobId
        @($err).Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be ('MmsMigrationJobFailed' + $Suffix)
        $err[0].TargetObject | Should -BeOfType ([MmsPowerShell.Core.Models.MmsJob])
        $err[0].TargetObject.JobId | Should -Be $run.Jobs[1].JobId
        ($err[0].TargetObject | Get-MmsTask @Conn | Where-Object Status -like '*FAILED').SrcTableName | Should -Be 'ods_legacy_events'
        (Get-Stat).byAction.RetryMmsJob | Should -Be 1
        ($run | Out-String -Width 80) | Should -Match 'FailedTables : retail.ods_legacy_events'
    }

    It 'a rerun gives the failed job a fresh -MaxAttempts and creates nothing' {
        $state = $RetryState
        $run = Get-MmsTable -SourceId $Dw -TableId 1, 2, 42, 203 @Conn |
            Invoke-MmsMigration -Name rt -TablesPerJob 2 -MaxAttempts 2 -RetryDelaySec 0.05 -PollIntervalSec 0.05 -StatePath $state @Conn -ErrorVariable err
        $stat = Get-Stat
        $stat.byAction.RetryMmsJob | Should -Be 2
        $stat.byAction.PSObject.Properties.Name | Should -Not -Contain 'CreateMmsJob'
        $run.Jobs[1].Attempts | Should -Be 4
        $err[0].FullyQualifiedErrorId | Should -Be ('MmsMigrationJobFailed' + $Suffix)
    }

    It '-ErrorAction Stop fails a runbook' {
        { Get-MmsTable -SourceId $Dw -TableId 203 @Conn |
            Invoke-MmsMigration -Name stop -MaxAttempts 1 -PollIntervalSec 0.05 -StatePath (New-StatePath stop) @Conn -ErrorAction Stop } |
            Should -Throw -ErrorId ('MmsMigrationJobFailed' + $Suffix)
    }
}

Describe 'Invoke-MmsMigration: lost answers' {
    BeforeAll { Start-RunEmulator }
    AfterAll { $Emulator | Stop-MmsEmulator }
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'a create whose answer is lost is looked up by name, never sent again: one job, not two' {
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsJob -Times 1
        $run = Get-MmsTable -SourceId $Dw -TableId 1, 2, 3, 4 @Conn |
            Invoke-MmsMigration -Name lost -TablesPerJob 2 -MaxRunningJobs 1 -PollIntervalSec 0.05 -StatePath (New-StatePath lost) @Conn `
                -WarningVariable warnings -WarningAction SilentlyContinue
        $run.State | Should -Be 'Done'
        $run.Jobs.Status | Should -Be @('DONE', 'DONE')
        Get-CreateCount | Should -Be @(1, 1)
        @(Get-RunJob lost).Count | Should -Be 2
        ($warnings -join "`n") | Should -Match "answer to creating job 'lost-retail-001' was lost"
    }

    It 'a start whose answer is lost is read back, and the job runs once' {
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action StartMmsJob -Times 1
        $run = Get-MmsTable -SourceId $Dw -TableId 5, 6 @Conn |
            Invoke-MmsMigration -Name lststart -PollIntervalSec 0.05 -StatePath (New-StatePath lststart) @Conn -WarningAction SilentlyContinue
        $run.State | Should -Be 'Done'
        $run.Jobs[0].Attempts | Should -Be 1
        (Get-Stat).byAction.StartMmsJob | Should -Be 1
    }
}

Describe 'Invoke-MmsMigration: stopped, killed and resumed' {
    BeforeAll { Start-RunEmulator -StepMs 150 }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'refuses a second run on the same ledger with MmsMigrationInProgress, sending nothing' {
        $state = New-StatePath busy
        $holder = [IO.FileStream]::new("$state.lock", 'OpenOrCreate', 'ReadWrite', 'None')
        try {
            Get-Stat | Out-Null
            { Invoke-MmsMigration -SourceId $Dw -Name busy -DbName finance -StatePath $state @Conn -ErrorAction Stop } |
                Should -Throw -ErrorId ('MmsMigrationInProgress' + $Suffix)
            (Get-Stat).requests | Should -Be 0
        }
        finally { $holder.Dispose() }
    }

    It 'refuses a run while another process runs the same ledger' {
        $state = New-StatePath twice
        $first = Start-InRunspace "Invoke-MmsMigration -SourceId 2000060 -Name twice -DbName finance -TablesPerJob 60 -PollIntervalSec 0.05 -StatePath '$state' @Conn"
        try {
            Wait-For -TimeoutSec $Patience { Test-Path $state } | Out-Null
            $err = $null
            try { Invoke-MmsMigration -SourceId $Dw -Name twice -DbName finance -StatePath $state @Conn -ErrorAction Stop }
            catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -Be ('MmsMigrationInProgress' + $Suffix)
            $err.CategoryInfo.Category | Should -Be 'ResourceBusy'
        }
        finally { $first.PowerShell.Stop(); $first.PowerShell.Dispose() }
    }

    It 'Ctrl+C stops waiting at once and leaves the jobs running; the rerun with the ledger deleted finishes them, creating nothing twice' {
        $state = New-StatePath ctrlc
        $run = Start-InRunspace "Invoke-MmsMigration -SourceId 2000060 -Name ctrlc -DbName finance -TablesPerJob 60 -MaxRunningJobs 2 -PollIntervalSec 0.05 -StatePath '$state' @Conn"
        Wait-For -TimeoutSec $Patience { @(Get-RunJob ctrlc | Where-Object Status -eq DOING).Count -ge 1 } | Out-Null
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $run.PowerShell.Stop()
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 5
        $run.PowerShell.Dispose()
        @(Get-RunJob ctrlc | Where-Object Status -eq DOING).Count | Should -BeGreaterOrEqual 1
        (Get-Content $state -Raw | ConvertFrom-Json).state | Should -Be 'Running'
        Remove-Item $state
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 20 | Out-Null
        try {
            $done = Invoke-MmsMigration -SourceId $Dw -Name ctrlc -DbName finance -TablesPerJob 60 -PollIntervalSec 0.05 -RetryDelaySec 0.05 -StatePath $state @Conn
        }
        finally { Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 150 | Out-Null }
        $done.State | Should -Be 'Done'
        $done.Jobs.Name | Should -Be @('ctrlc-finance-001', 'ctrlc-finance-002', 'ctrlc-finance-003')
        $done.TablesDone | Should -Be 175
        (Get-MmsEmulatorStat -Emulator $Emulator).createsByJobName.'ctrlc-finance-001' | Should -Be 1
        @(Get-RunJob ctrlc).Count | Should -Be 3
    }

    It 'a run killed with SIGKILL mid-run leaves no lock behind; the rerun finishes with no job created twice' -Skip:$IsWindows {
        $state = New-StatePath killed
        $script = Join-Path (Split-Path $state) 'run.ps1'
        Set-Content -Path $script -Value ((Get-TestPrelude) +
            "Invoke-MmsMigration -SourceId 2000060 -Name killed -DbName retail -TablesPerJob 50 -MaxRunningJobs 2 -PollIntervalSec 0.05 -StatePath '$state' @Conn *> '$state.out'")
        # pwsh.dll straight on the dotnet host: one process (`dotnet pwsh` puts a shim in front that SIGKILL would not reach past).
        $child = Start-Process -FilePath (Get-Process -Id $PID).Path -ArgumentList (Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive', '-File', $script -PassThru
        try {
            Wait-For -TimeoutSec $Patience { @(Get-RunJob killed | Where-Object Status -eq DOING).Count -ge 2 } | Out-Null
        }
        finally {
            & kill -KILL $child.Id
            $child.WaitForExit()
        }
        $before = @(Get-RunJob killed).Count
        $before | Should -BeGreaterOrEqual 2
        Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 20 | Out-Null
        try {
            $done = Invoke-MmsMigration -SourceId $Dw -Name killed -DbName retail -TablesPerJob 50 -PollIntervalSec 0.05 -RetryDelaySec 0.05 `
                -MaxAttempts 3 -StatePath $state @Conn -ErrorVariable err
        }
        finally { Set-MmsEmulatorSetting -Emulator $Emulator -JobStepMs 150 | Out-Null }
        # ods_legacy_events always fails; everything else ends DONE.
        $done.FailedTables.TableName | Should -Be 'ods_legacy_events'
        $done.TablesDone | Should -Be ($done.TablesPlanned - 1)
        $names = @(Get-RunJob killed).Name
        $names.Count | Should -Be @($done.Jobs).Count
        ($names | Sort-Object -Unique).Count | Should -Be $names.Count
        $stat = Get-MmsEmulatorStat -Emulator $Emulator
        foreach ($name in $names) { $stat.createsByJobName.$name | Should -Be 1 }
    }
}
