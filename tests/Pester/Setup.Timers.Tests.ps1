# Timers against the emulator: listing and filters, by id with scope, schedule changes (validated before any
# request), stop/resume, removal, timer logs, and New-MmsTimer/Start-MmsTimer.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 50 | Out-Null
    # A timer made with a raw signed request, independent of the module's create path.
    function New-RawTimer([string] $Name, [string] $Body) {
        $r = Invoke-MmsEmulatorRequest -Emulator $Emulator -Method POST -Path /api/v1/mms/datasources/2000028/timers -Action CreateMmsTimer -Body $Body
        $r.StatusCode | Should -Be 200
        $r.Body.data.timerId
    }
    $script:DailyId = New-RawTimer -Body '{"name":"sales_nightly","srcDbName":"sales","scheduleType":"Daily","value":"02:00","tables":["orders","customers"],"tableMapping":{"orders":"orders_v2"},"enableVerification":true}'
    $script:HourlyId = New-RawTimer -Body '{"name":"logs_hourly","srcDbName":"logs","scheduleType":"Hourly","value":"15","tableBlackList":["tmp"]}'
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsTimer' {
    It 'lists the timers of a data source' {
        $timers = Get-MmsTimer -SourceId 2000028 @Conn
        $timers | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTimer])
        ($timers | Where-Object TimerId -EQ $DailyId).Schedule | Should -Be 'Daily 02:00'
        ($timers | Where-Object TimerId -EQ $HourlyId).DbName | Should -Be 'logs'
        ($timers | Where-Object TimerId -EQ $DailyId).HasConfig | Should -BeFalse
    }

    It 'filters by name (wildcards), database, table and stopped state' {
        (Get-MmsTimer -SourceId 2000028 -Name 'SALES*' @Conn).TimerId | Should -Be $DailyId
        (Get-MmsTimer -SourceId 2000028 -Name '*hourly' @Conn).TimerId | Should -Be $HourlyId
        (Get-MmsTimer -SourceId 2000028 -DbName logs @Conn).TimerId | Should -Be $HourlyId
        (Get-MmsTimer -SourceId 2000028 -TableName orders @Conn).TimerId | Should -Be $DailyId
        Get-MmsTimer -SourceId 2000028 -Stopped @Conn | Should -BeNullOrEmpty
        (Get-MmsTimer -SourceId 2000028 -Stopped:$false @Conn).Count | Should -BeGreaterOrEqual 2
    }

    It 'gets a timer by id with its scope and options, and re-reads piped timers' {
        $timer = Get-MmsTimer -SourceId 2000028 -TimerId $DailyId @Conn
        $timer.HasConfig | Should -BeTrue
        $timer.Tables | Should -Be @('orders', 'customers')
        $timer.TableMapping['orders'] | Should -Be 'orders_v2'
        $timer.EnableVerification | Should -BeTrue
        $timer.Scope | Should -Be 'tables: orders, customers'
        $timer.CreateTime | Should -BeOfType ([datetime])
        $timer.UpdateTime.Kind | Should -Be 'Utc'
        (Get-MmsTimer -SourceId 2000028 -TimerId $HourlyId @Conn).Scope | Should -Be 'database, without: tmp'
        (Get-MmsTimer -SourceId 2000028 -Name logs_hourly @Conn | Get-MmsTimer @Conn).HasConfig | Should -BeTrue
    }

    It 'exports readable text to CSV and fits its view in 80 columns' {
        $csv = Get-MmsTimer -SourceId 2000028 -TimerId $DailyId @Conn | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $csv.Scope | Should -Be 'tables: orders, customers'
        $csv.Schedule | Should -Be 'Daily 02:00'
        $lines = (Get-MmsTimer -SourceId 2000028 @Conn | Format-Table | Out-String -Width 200) -split "`n"
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
    }

    It 'reports an unknown timer with a pipeable target' {
        Get-MmsTimer -SourceId 2000028 -TimerId 424242 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsTimerNotFound,MmsPowerShell.Commands.GetMmsTimerCommand'
        $err[0].TargetObject.TimerId | Should -Be 424242
    }
}

Describe 'Set-MmsTimer, Suspend-MmsTimer, Resume-MmsTimer' {
    It 'changes the schedule, padding single digits, and reads the timer back' {
        $timer = Get-MmsTimer -SourceId 2000028 -TimerId $DailyId @Conn
        ($timer | Set-MmsTimer -Daily 3:5 -PassThru @Conn).Schedule | Should -Be 'Daily 03:05'
        (Set-MmsTimer -SourceId 2000028 -TimerId $DailyId -Hourly 7 -PassThru @Conn).Schedule | Should -Be 'Hourly 07'
        Set-MmsTimer -SourceId 2000028 -TimerId $DailyId -Daily 02:00 @Conn | Should -BeNullOrEmpty
    }

    It 'refuses a bad schedule while binding, before any request' {
        Get-Stat | Out-Null
        { Set-MmsTimer -SourceId 2000028 -TimerId $DailyId -Daily 24:00 @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.SetMmsTimerCommand'
        { Set-MmsTimer -SourceId 2000028 -TimerId $DailyId -Daily '2 pm' @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.SetMmsTimerCommand'
        { Set-MmsTimer -SourceId 2000028 -TimerId $DailyId -Hourly 60 @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.SetMmsTimerCommand'
        { Set-MmsTimer -SourceId 2000028 -TimerId $DailyId -Daily 02:00 -Hourly 10 @Conn } | Should -Throw -ErrorId 'AmbiguousParameterSet,MmsPowerShell.Commands.SetMmsTimerCommand'
        { Set-MmsTimer -SourceId 2000028 -TimerId $DailyId @Conn } | Should -Throw -ErrorId 'MmsNothingToChange,MmsPowerShell.Commands.SetMmsTimerCommand'
        (Get-Stat).requests | Should -Be 0
    }

    It 'stops and resumes piped timers' {
        $timer = Get-MmsTimer -SourceId 2000028 -TimerId $HourlyId @Conn
        ($timer | Suspend-MmsTimer -PassThru @Conn).Stopped | Should -BeTrue
        (Get-MmsTimer -SourceId 2000028 -Stopped @Conn).TimerId | Should -Be $HourlyId
        ($timer | Resume-MmsTimer -PassThru @Conn).Stopped | Should -BeFalse
        (Set-MmsTimer -SourceId 2000028 -TimerId $HourlyId -Stopped -PassThru @Conn).Stopped | Should -BeTrue
        (Set-MmsTimer -SourceId 2000028 -TimerId $HourlyId -Stopped:$false -PassThru @Conn).Stopped | Should -BeFalse
    }

    It 'sends nothing under -WhatIf' {
        Get-Stat | Out-Null
        Invoke-Hostless {
            param($conn, $id)
            Suspend-MmsTimer -SourceId 2000028 -TimerId $id -WhatIf @conn
            Resume-MmsTimer -SourceId 2000028 -TimerId $id -WhatIf @conn
            Set-MmsTimer -SourceId 2000028 -TimerId $id -Hourly 30 -WhatIf @conn
        } -ArgumentList $Conn, $HourlyId | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It 'never resends an update whose answer was lost, and says how to check' {
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action UpdateMmsTimer -Times 1 | Out-Null
        Suspend-MmsTimer -SourceId 2000028 -TimerId $HourlyId @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        (Get-Stat).byAction.UpdateMmsTimer | Should -Be 1
        $err[0].ToString() + $err[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("Get-MmsTimer -SourceId 2000028 -TimerId $HourlyId"))
        Resume-MmsTimer -SourceId 2000028 -TimerId $HourlyId @Conn
    }
}

Describe 'Get-MmsTimerLog' {
    It 'lists what a piped timer did' {
        $logs = Get-MmsTimer -SourceId 2000028 -TimerId $DailyId @Conn | Get-MmsTimerLog @Conn
        $logs | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTimerLog])
        $logs[0].Action | Should -Be 'create timer'
        $logs.Action | Should -Contain 'update timer'
        $logs.TimerId | Sort-Object -Unique | Should -Be $DailyId
        (Get-MmsTimerLog -SourceId 2000028 -TimerId $DailyId -First 1 @Conn).Count | Should -Be 1
    }

    It 'reports an unknown timer; the other timers given with it are still listed' {
        $logs = Get-MmsTimerLog -SourceId 2000028 -TimerId 424242, $DailyId @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsTimerNotFound,MmsPowerShell.Commands.GetMmsTimerLogCommand'
        $err[0].TargetObject.TimerId | Should -Be 424242
        $logs.TimerId | Sort-Object -Unique | Should -Be $DailyId
    }

    It 'takes several timers and groups the view by timer' {
        $logs = Get-MmsTimerLog -SourceId 2000028 -TimerId $DailyId, $HourlyId @Conn
        $logs.TimerId | Select-Object -Unique | Should -Be $DailyId, $HourlyId
        $text = $logs | Out-String -Width 80
        $text | Should -Match "TimerId: $DailyId \(source 2000028\)"
        $text | Should -Match "TimerId: $HourlyId \(source 2000028\)"
    }

    It 'names a CSV row whose TimerId is not an id, and lists the others' {
        $rows = @([pscustomobject]@{ SourceId = 2000028; TimerId = 'abc' }, [pscustomobject]@{ SourceId = 2000028; TimerId = "$DailyId" })
        $logs = $rows | Get-MmsTimerLog @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTimerLogCommand'
        $err[0].Exception.Message | Should -Match "^Input row 1: TimerId 'abc' is not an id"
        $logs.TimerId | Sort-Object -Unique | Should -Be $DailyId
    }
}

Describe 'Remove-MmsTimer' {
    It 'has ConfirmImpact High, sends nothing under -WhatIf and removes a piped timer' {
        (Get-Command Remove-MmsTimer).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact |
            Should -Be 'High'
        $id = New-RawTimer -Body '{"name":"doomed","srcDbName":"sales","scheduleType":"Hourly","value":"00"}'
        Get-Stat | Out-Null
        Invoke-Hostless { param($conn, $id) Remove-MmsTimer -SourceId 2000028 -TimerId $id -WhatIf @conn } -ArgumentList $Conn, $id | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
        $text = Get-ChildHostText "Remove-MmsTimer -SourceId 2000028 -TimerId $id -WhatIf @Conn; Start-MmsTimer -SourceId 2000028 -TimerId $id -WhatIf @Conn"
        $text | Should -Match ([regex]::Escape("What if: Performing the operation `"Delete timer`" on target `"source 2000028, timer $id`"."))
        $text | Should -Match ([regex]::Escape("What if: Performing the operation `"Run now: start a migration job from the timer`" on target `"source 2000028, timer $id`"."))
        (Get-Stat).requests | Should -Be 0
        Get-MmsTimer -SourceId 2000028 -TimerId $id @Conn | Remove-MmsTimer -Confirm:$false @Conn | Should -BeNullOrEmpty
        Get-MmsTimer -SourceId 2000028 -TimerId $id @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsTimerNotFound,MmsPowerShell.Commands.GetMmsTimerCommand'
        Remove-MmsTimer -SourceId 2000028 -TimerId $id -Confirm:$false @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue
        $err2[0].FullyQualifiedErrorId | Should -Be 'MmsTimerNotFound,MmsPowerShell.Commands.RemoveMmsTimerCommand'
    }
}

Describe 'New-MmsTimer and Start-MmsTimer' {
    It 'creates a timer, reads it back, and runs it now: -PassThru writes the job it started' {
        Get-Stat | Out-Null
        $timer = New-MmsTimer -SourceId 2000028 -Name orders_hourly -DbName sales -Table orders -Hourly 5 -EnableVerification `
            -TableMapping @{ orders = 'orders_v2' } @Conn
        $stat = Get-Stat
        $stat.byAction.CreateMmsTimer | Should -Be 1
        $stat.byAction.GetMmsTimer | Should -Be 1
        $timer | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTimer])
        $timer.Schedule | Should -Be 'Hourly 05'
        $timer.Tables | Should -Be 'orders'
        $timer.TableMapping['orders'] | Should -Be 'orders_v2'
        $timer.EnableVerification | Should -BeTrue
        $jobs = $timer | Start-MmsTimer -PassThru @Conn
        $jobs | Should -HaveCount 1
        $jobs[0] | Should -BeOfType ([MmsPowerShell.Core.Models.MmsJob])
        $jobs[0].Name | Should -Be 'orders_hourly_run1'
        (Get-MmsJob -SourceId 2000028 -TimerId $timer.TimerId @Conn).JobId | Should -Be $jobs[0].JobId
        ($jobs | Wait-MmsJob -PollIntervalSec 0.1 -TimeoutSec 30 @Conn).Status | Should -Be 'DONE'
        ($timer | Start-MmsTimer -PassThru @Conn).Name | Should -Be 'orders_hourly_run2'
        ($timer | Get-MmsTimerLog @Conn).Action | Should -Contain 'start job'
    }

    It 'runs a timer without -PassThru and writes nothing' {
        $timer = New-MmsTimer -SourceId 2000028 -Name quiet -DbName mms_test -Daily 23:59 @Conn
        $timer | Start-MmsTimer @Conn | Should -BeNullOrEmpty
        (Get-MmsJob -SourceId 2000028 -TimerId $timer.TimerId @Conn) | Should -HaveCount 1
    }

    It 'refuses bad schedules while binding and sends nothing under -WhatIf' {
        Get-Stat | Out-Null
        { New-MmsTimer -SourceId 2000028 -Name t -DbName sales -Daily 2pm @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.NewMmsTimerCommand'
        { New-MmsTimer -SourceId 2000028 -Name t -DbName sales -Hourly 75 @Conn } | Should -Throw -ErrorId 'ParameterArgumentValidationError,MmsPowerShell.Commands.NewMmsTimerCommand'
        # Without a host to prompt (a runbook), a missing schedule is a binding error that names it.
        $missing = Invoke-Hostless { param($conn) New-MmsTimer -SourceId 2000028 -Name t -DbName sales @conn } -ArgumentList $Conn
        $missing[0].FullyQualifiedErrorId | Should -Be 'MissingMandatoryParameter,MmsPowerShell.Commands.NewMmsTimerCommand'
        "$missing" | Should -Match 'missing mandatory parameters: Daily'
        Invoke-Hostless {
            param($conn, $id)
            New-MmsTimer -SourceId 2000028 -Name t -DbName sales -Daily 01:00 -WhatIf @conn
            Start-MmsTimer -SourceId 2000028 -TimerId $id -PassThru -WhatIf @conn
        } -ArgumentList $Conn, $DailyId | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It 'reports a scope the service refuses, and an unknown timer to run' {
        New-MmsTimer -SourceId 2000028 -Name bad -DbName sales -Table no_such_table -Daily 01:00 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'InvalidParameter,MmsPowerShell.Commands.NewMmsTimerCommand'
        Start-MmsTimer -SourceId 2000028 -TimerId 424242 -PassThru @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue
        $err2[0].FullyQualifiedErrorId | Should -Be 'MmsTimerNotFound,MmsPowerShell.Commands.StartMmsTimerCommand'
    }

    It 'never resends a create or a trigger whose answer was lost, and says how to check' {
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsTimer -Times 1 | Out-Null
        New-MmsTimer -SourceId 2000028 -Name lost_timer -DbName sales -Daily 04:00 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        (Get-Stat).byAction.CreateMmsTimer | Should -Be 1
        $err[0].ToString() + $err[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("Get-MmsTimer -SourceId 2000028 -Name 'lost_timer'"))
        (Get-MmsTimer -SourceId 2000028 -Name lost_timer @Conn) | Should -HaveCount 1
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action TriggerMmsTimer -Times 1 | Out-Null
        Start-MmsTimer -SourceId 2000028 -TimerId $DailyId @Conn -ErrorVariable err2 -ErrorAction SilentlyContinue
        (Get-Stat).byAction.TriggerMmsTimer | Should -Be 1
        $err2[0].ToString() + $err2[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("Get-MmsJob -SourceId 2000028 -TimerId $DailyId"))
    }
}
