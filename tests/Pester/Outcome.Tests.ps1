# What a state change's error says when its answer comes back broken: every cmdlet that changes state (found from
# the module, so a new one cannot be missed) is run against an emulator that carries the change out and then
# answers a 5xx, a garbled 200 or a 200 without data. The error must say the change may have happened, never
# "retry later", and its check command, run as written, must find the change. A clear refusal says the opposite.
BeforeDiscovery {
    . $PSScriptRoot/Common.ps1
    $script:Changers = Get-Command -Module MmsPowerShell | Where-Object { $_.Parameters.ContainsKey('WhatIf') } | ForEach-Object Name
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $PSDefaultParameterValues['*-Mms*:Endpoint'] = $Conn.Endpoint
    $PSDefaultParameterValues['*-Mms*:Credential'] = $Conn.Credential
    $PSDefaultParameterValues['*-Mms*:MaximumRetryCount'] = 3
    $script:Serial = 0
    function Next { $script:Serial++; $script:Serial }
    $script:HiveConfig = @{
        'hive.metastore.urls' = 'thrift://master-1-1:9083'
        'hive.jdbc.url'       = 'jdbc:hive2://master-1-1:10000/default'
        'mc.default.project'  = 'mma_target'
        'mc.endpoint'         = 'http://mc.example/api'
    }
    function New-Job { New-MmsJob -SourceId 2000028 -Name "outcome-job-$(Next)" -DbName sales -Table orders -ErrorAction Stop }
    function New-Timer { New-MmsTimer -SourceId 2000028 -Name "outcome-timer-$(Next)" -DbName sales -Daily 02:00 -ErrorAction Stop }

    # Every cmdlet that sends a change: the operation that carries it, what to make first, and the call itself.
    # Names carry wildcard characters, so a check command that does not escape them finds nothing.
    $script:Cases = @{
        'New-MmsJob'            = @{ Action = 'CreateMmsJob'; Run = { param($p) New-MmsJob -SourceId 2000028 -Name "load[$(Next)]" -DbName sales -Table orders } }
        'Start-MmsJob'          = @{ Action = 'StartMmsJob'; Prepare = { New-Job }; Run = { param($p) Start-MmsJob -SourceId 2000028 -JobId $p.JobId } }
        'Stop-MmsJob'           = @{ Action = 'StopMmsJob'; Prepare = { New-Job }; Run = { param($p) Stop-MmsJob -SourceId 2000028 -JobId $p.JobId } }
        'Restart-MmsJob'        = @{ Action = 'RetryMmsJob'; Run = { param($p) Restart-MmsJob -SourceId 2000028 -JobId 102 } }
        'Remove-MmsJob'         = @{ Action = 'DeleteMmsJob'; Gone = $true; Prepare = { New-Job }; Run = { param($p) Remove-MmsJob -SourceId 2000028 -JobId $p.JobId -Confirm:$false } }
        'Restart-MmsTask'       = @{ Action = 'RetryMmsTask'; Prepare = { Get-MmsTask -SourceId 2000028 -JobId 102 | Select-Object -First 1 }; Run = { param($p) Restart-MmsTask -SourceId 2000028 -TaskId $p.TaskId } }
        'New-MmsDataSource'     = @{ Action = 'CreateMmsDataSource'; Run = { param($p) New-MmsDataSource -Name "src*$(Next)" -Type HIVE -Config $HiveConfig } }
        'Set-MmsDataSource'     = @{ Action = 'UpdateMmsDataSource'; Run = { param($p) Set-MmsDataSource -SourceId 2000028 -NewName "renamed?$(Next)" -PollIntervalSec 0.1 } }
        'Remove-MmsDataSource'  = @{ Action = 'DeleteMmsDataSource'; Gone = $true; Prepare = { New-MmsDataSource -Name "doomed-$(Next)" -Type HIVE -Config $HiveConfig -ErrorAction Stop }
                                    Run = { param($p) Remove-MmsDataSource -SourceId $p.SourceId -Confirm:$false } }
        'Set-MmsDatabase'       = @{ Action = 'UpdateMmsDb'; Prepare = { Get-MmsDatabase -SourceId 2000028 -Name sales }; Run = { param($p) Set-MmsDatabase -SourceId 2000028 -DbId $p.DbId -Status INIT } }
        'Set-MmsTable'          = @{ Action = 'UpdateMmsTable'; Run = { param($p) Set-MmsTable -SourceId 2000028 -TableId 22 -DestinationName "dst_$(Next)" } }
        'Start-MmsMetadataScan' = @{ Action = 'CreateMmsFetchMetadataJob'; Run = { param($p) Start-MmsMetadataScan -SourceId 2000028 -DbName sales } }
        'New-MmsTimer'          = @{ Action = 'CreateMmsTimer'; Run = { param($p) New-MmsTimer -SourceId 2000028 -Name "nightly[$(Next)]" -DbName sales -Daily 02:00 } }
        'Set-MmsTimer'          = @{ Action = 'UpdateMmsTimer'; Prepare = { New-Timer }; Run = { param($p) Set-MmsTimer -SourceId 2000028 -TimerId $p.TimerId -Daily 03:00 } }
        'Suspend-MmsTimer'      = @{ Action = 'UpdateMmsTimer'; Prepare = { New-Timer }; Run = { param($p) Suspend-MmsTimer -SourceId 2000028 -TimerId $p.TimerId } }
        'Resume-MmsTimer'       = @{ Action = 'UpdateMmsTimer'; Prepare = { New-Timer }; Run = { param($p) Resume-MmsTimer -SourceId 2000028 -TimerId $p.TimerId } }
        'Start-MmsTimer'        = @{ Action = 'TriggerMmsTimer'; Prepare = { New-Timer }; Run = { param($p) Start-MmsTimer -SourceId 2000028 -TimerId $p.TimerId } }
        'Remove-MmsTimer'       = @{ Action = 'DeleteMmsTimer'; Gone = $true; Prepare = { New-Timer }; Run = { param($p) Remove-MmsTimer -SourceId 2000028 -TimerId $p.TimerId -Confirm:$false } }
    }
    # Cmdlets with -WhatIf that change only this session or a local file, not the service.
    $script:LocalOnly = 'Connect-Mms', 'Disconnect-Mms', 'Export-MmsMigrationReport'
    # Cmdlets that answer an unknown outcome by reading the service and carrying on, not with an error (tested below).
    $script:ReadsBack = 'Invoke-MmsMigration'

    function Invoke-Case([string] $Name, [hashtable] $Fault) {
        $case = $Cases[$Name]
        $prepared = if ($case.Prepare) { & $case.Prepare } else { $null }
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
        $times = if ($Fault.ContainsKey('Times')) { @{} } else { @{ Times = 1 } }
        Set-MmsEmulatorFault -Emulator $Emulator -Action $case.Action @times @Fault
        $written = @(& $case.Run $prepared 2>&1)
        Clear-MmsEmulatorFault -Emulator $Emulator
        [pscustomobject]@{ Errors = @($written | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }); Sent = (Get-MmsEmulatorStat -Emulator $Emulator).byAction.($case.Action) }
    }
}

AfterAll {
    # The defaults would otherwise reach every file Pester runs after this one, pointing at a stopped emulator.
    foreach ($key in '*-Mms*:Endpoint', '*-Mms*:Credential', '*-Mms*:MaximumRetryCount') { $PSDefaultParameterValues.Remove($key) }
    $Emulator | Stop-MmsEmulator
}

Describe 'the outcome rule covers every state-changing cmdlet' {
    It 'every cmdlet with a WhatIf switch has a case here (a new one fails this test until it is added)' {
        $covered = @($Cases.Keys) + $LocalOnly + $ReadsBack
        $Changers | Where-Object { $_ -notin $covered } | Should -BeNullOrEmpty
        $Changers.Count | Should -BeGreaterThan 15
    }
}

Describe '<Cmdlet> after an answer that came back broken' -ForEach @($Changers | Where-Object { $_ -notin 'Connect-Mms', 'Disconnect-Mms', 'Export-MmsMigrationReport', 'Invoke-MmsMigration' } | ForEach-Object { @{ Cmdlet = $_ } }) {
    It 'says the change may have happened, sends it once, and its check command finds the change (<Kind>)' -ForEach @(
        @{ Kind = '500 after acting'; Fault = @{ Kind = 'failedafter'; Status = 500; Code = 'InternalError'; Message = 'boom' } }
        @{ Kind = '504 from a gateway'; Fault = @{ Kind = 'failedafter'; Status = 504; Code = 'GatewayTimeout'; Message = 'The upstream did not answer in time.' } }
        @{ Kind = 'garbled 200'; Fault = @{ Kind = 'garbledafter' } }
        @{ Kind = '200 without data'; Fault = @{ Kind = 'nodataafter' } }
    ) {
        $name = $Cmdlet
        $result = Invoke-Case $name $Fault
        $result.Sent | Should -Be 1 -Because 'a change whose outcome is unknown is never resent'
        $unknown = @($result.Errors | Where-Object { $_.Exception.OutcomeUnknown })
        $unknown.Count | Should -Be 1 -Because "($($result.Errors.ErrorDetails.Message -join ' | '))"
        $record = $unknown[0]
        $record.ErrorDetails.Message | Should -Match 'may have happened'
        $record.ErrorDetails.Message + $record.ErrorDetails.RecommendedAction | Should -Not -Match 'retry later|^Retry;|Retry; if it persists'
        $record.ErrorDetails.Message | Should -Match 'check with Get-Mms\S+ .+? before sending'
        $check = [regex]::Match($record.ErrorDetails.Message, 'check with (Get-Mms\S+ .+?) before sending').Groups[1].Value
        # Run the suggested command as written: it must find what was changed (or, for a removal, say it is gone).
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        do {
            $checkErr = $null
            $found = @(Invoke-Expression "$check -ErrorVariable checkErr -ErrorAction SilentlyContinue")
            $done = if ($Cases[$name].Gone) { $checkErr.Count -gt 0 } else { $found.Count -gt 0 }
            if (-not $done) { Start-Sleep -Milliseconds 100 }
        } until ($done -or [DateTime]::UtcNow -gt $deadline)
        if ($Cases[$name].Gone) {
            $checkErr[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }
        else {
            $found.Count | Should -BeGreaterThan 0 -Because "'$check' finds the change"
            $checkErr | Should -BeNullOrEmpty
        }
    }

    It 'says nothing was changed and it is safe to send again after a clear refusal (<Kind>)' -ForEach @(
        @{ Kind = '400'; Fault = @{ Kind = 'error'; Status = 400; Code = 'InvalidParameter'; Message = 'no' } }
        @{ Kind = 'throttling'; Fault = @{ Kind = 'error'; Status = 429; Code = 'Throttling.User'; Message = 'slow down'; RetryAfterMs = 1; Times = 0 } }
    ) {
        $name = $Cmdlet
        $result = Invoke-Case $name $Fault
        $refused = @($result.Errors | Where-Object { $_.Exception.ChangeNotMade })
        $refused.Count | Should -Be 1 -Because "($($result.Errors.ErrorDetails.Message -join ' | '))"
        $refused[0].Exception.OutcomeUnknown | Should -BeFalse
        $refused[0].ErrorDetails.Message | Should -Match 'nothing was changed; it is safe to send it again'
        $refused[0].ErrorDetails.Message | Should -Not -Match 'may have happened'
    }
}

Describe 'a lost answer' {
    It 'does not say the endpoint could not be reached when the request reached it' {
        $job = New-MmsJob -SourceId 2000028 -Name "lost-reached-$(Get-Random)" -DbName sales -Table orders -ErrorAction Stop
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action StopMmsJob -Times 1
        Stop-MmsJob -SourceId 2000028 -JobId $job.JobId -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.OutcomeUnknown | Should -BeTrue
        $err[0].ErrorDetails.Message | Should -Not -Match 'Could not reach'
        $err[0].ErrorDetails.Message | Should -Match "check with Get-MmsJob -SourceId 2000028 -JobId $($job.JobId)"
    }
}

Describe 'Invoke-MmsMigration after an answer that came back broken' {
    It 'reads the service instead of resending: <Kind> after CreateMmsJob still gives one job per name' -ForEach @(
        @{ Kind = 'failedafter'; Fault = @{ Kind = 'failedafter'; Status = 500; Code = 'InternalError' } }
        @{ Kind = 'garbledafter'; Fault = @{ Kind = 'garbledafter' } }
        @{ Kind = 'nodataafter'; Fault = @{ Kind = 'nodataafter' } }
    ) {
        $name = "outcome-run-$(Next)"
        $state = Join-Path ([IO.Path]::GetTempPath()) "$name.mmsmigration.json"
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Action CreateMmsJob -Times 1 @Fault
        try {
            $run = Invoke-MmsMigration -SourceId 2000028 -Name $name -DbName sales -DestinationProject mc_outcome -TablesPerJob 2 `
                -PollIntervalSec 0.05 -RetryDelaySec 0.05 -MaxAttempts 1 -StatePath $state -ErrorAction SilentlyContinue
        }
        finally {
            Clear-MmsEmulatorFault -Emulator $Emulator
            Remove-Item $state, "$state.lock" -ErrorAction SilentlyContinue
        }
        $run.Jobs.Count | Should -BeGreaterThan 0
        $creates = (Get-MmsEmulatorStat -Emulator $Emulator).createsByJobName
        foreach ($job in $run.Jobs) {
            $creates.($job.Name) | Should -Be 1 -Because "$($job.Name) must not be created twice after a broken answer"
            $job.JobId | Should -BeGreaterThan 0 -Because 'the job whose answer broke is found by reading the service'
        }
        @(Get-MmsJob -SourceId 2000028 -Name "$name-*").Count | Should -Be $run.Jobs.Count
    }
}
