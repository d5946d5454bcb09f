# Piping the wrong object, against the emulator: an object no parameter of a cmdlet takes is one error per type of
# object (ErrorId MmsPipelineInputNotSupported, InvalidArgument, the object as target) that says what the cmdlet takes
# and where the object can go; the other objects of that type are skipped without another line, nothing is sent for
# them, and the valid objects in the same pipeline still go through. Every pipe that bound before binds as before.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:Id = 'MmsPipelineInputNotSupported,MmsPowerShell.Commands.'

    # Runs a pipeline and returns what it wrote and the errors it wrote, apart.
    function Invoke-Pipe([scriptblock] $Pipe) {
        $all = @(& $Pipe 2>&1)
        [pscustomobject]@{
            Output = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
            Errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        }
    }
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'An object a cmdlet does not take' {
    BeforeAll {
        $script:Jobs = @(Get-MmsJob -SourceId 2000028 @Conn)
        $script:Partitions = @(Get-MmsTablePartition -SourceId 2000028 -TableId 4 @Conn)
        $script:Timer = New-MmsTimer -SourceId 2000028 -Name wrongpipe_nightly -DbName sales -Daily 02:00 @Conn
    }
    AfterAll { $Timer | Remove-MmsTimer -Confirm:$false @Conn }
    BeforeEach { Get-Stat | Out-Null }

    It 'Get-MmsJob | Get-MmsTableColumn: one error that says what it takes and what to pipe instead, nothing sent' {
        $Jobs.Count | Should -BeGreaterThan 1
        $run = Invoke-Pipe { $Jobs | Get-MmsTableColumn @Conn }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors.Count | Should -Be 1 -Because "$($Jobs.Count) jobs are one mistake"
        $e = $run.Errors[0]
        $e.FullyQualifiedErrorId | Should -Be ($Id + 'GetMmsTableColumnCommand')
        $e.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $e.TargetObject.JobId | Should -Be $Jobs[0].JobId -Because 'the target is the first refused object, which pipes back'
        $e.Exception.Message | Should -BeLike 'Get-MmsTableColumn takes MmsTable objects or objects with SourceId and TableId from the pipeline; it was given an MmsJob.*'
        $e.Exception.Message | Should -BeLike '*Try: Get-MmsJob | Get-MmsTask | Get-MmsTableColumn'
        $e.ErrorDetails.RecommendedAction | Should -Be 'Try: Get-MmsJob | Get-MmsTask | Get-MmsTableColumn'
        Get-Requests | Should -Be 0
    }

    It 'the advice it gives works: Get-MmsJob | Get-MmsTask | Get-MmsTableColumn' {
        $run = Invoke-Pipe { $Jobs | Get-MmsTask @Conn | Get-MmsTableColumn @Conn }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Count | Should -BeGreaterThan 0
        $run.Output[0].GetType().Name | Should -Be 'MmsTableColumn'
    }

    It 'prints one error line for 720 objects, not 720' {
        $Partitions.Count | Should -Be 720
        $text = & { $Partitions | Wait-MmsJob @Conn } 2>&1 | Out-String -Width 200
        $text | Should -Match 'Wait-MmsJob takes objects with SourceId and JobId from the pipeline'
        @([regex]::Matches($text, 'given an MmsPartition')).Count | Should -Be 1
        $text | Should -Not -Match 'Remove-' -Because 'advice never names a cmdlet that deletes'
        $text | Should -Not -Match 'cannot be bound'
        Get-Requests | Should -Be 0
    }

    It 'names the cmdlets made for the object, not every cmdlet that reads a SourceId' {
        $run = Invoke-Pipe { $Partitions | Get-MmsTaskLog @Conn }
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].ErrorDetails.RecommendedAction | Should -Be 'MmsPartition objects go to Get-MmsTablePartition.'
    }

    It 'refuses <Label> with its own ErrorId, once, sending nothing' -ForEach @(
        @{ Label = 'an MmsJob piped to Set-MmsTable'; Cmdlet = 'SetMmsTableCommand'; Given = 'an MmsJob'
           Pipe = { $Jobs | Set-MmsTable -DestinationProject dw_prod -Confirm:$false @Conn }
           Takes = 'Set-MmsTable takes MmsTable objects or objects with SourceId and TableId'; Advice = 'Try: Get-MmsJob | Get-MmsTask | Set-MmsTable' }
        @{ Label = 'an MmsTimer piped to Get-MmsTask'; Cmdlet = 'GetMmsTaskCommand'; Given = 'an MmsTimer'
           Pipe = { $Timer, $Timer | Get-MmsTask @Conn }
           Takes = 'Get-MmsTask takes MmsJob objects, MmsTable objects or objects with SourceId and TaskId'; Advice = 'MmsTimer objects go to *Get-MmsTimerLog*' }
        @{ Label = 'text piped to Get-MmsTableColumn'; Cmdlet = 'GetMmsTableColumnCommand'; Given = "the String 'logs.access_log'"
           Pipe = { 'logs.access_log', 'sales.orders', 'x' | Get-MmsTableColumn @Conn }
           Takes = 'Get-MmsTableColumn takes MmsTable objects or objects with SourceId and TableId'; Advice = 'Pipe MmsTable objects or objects with SourceId and TableId into Get-MmsTableColumn*' }
        @{ Label = 'numbers piped to Stop-MmsJob'; Cmdlet = 'StopMmsJobCommand'; Given = 'the Int32 101'
           Pipe = { 101, 102 | Stop-MmsJob @Conn }
           Takes = 'Stop-MmsJob takes objects with SourceId and JobId'; Advice = 'Pipe objects with SourceId and JobId into Stop-MmsJob*' }
        @{ Label = 'a custom object piped to New-MmsJob'; Cmdlet = 'NewMmsJobCommand'; Given = 'a PSCustomObject with Database, Tables'
           Pipe = { [pscustomobject]@{ Database = 'sales'; Tables = 3 } | New-MmsJob -Name wrongpipe @Conn }
           Takes = 'New-MmsJob takes MmsTable objects or MmsPartition objects'; Advice = 'Pipe MmsTable objects or MmsPartition objects into New-MmsJob*' }
        @{ Label = 'an MmsJob piped to Set-MmsTimer'; Cmdlet = 'SetMmsTimerCommand'; Given = 'an MmsJob'
           Pipe = { $Jobs | Set-MmsTimer -Stopped @Conn }
           Takes = 'Set-MmsTimer takes objects with SourceId and TimerId'; Advice = 'MmsJob objects go to *Stop-MmsJob*' }
        @{ Label = 'an MmsTable piped to Get-MmsTaskLog'; Cmdlet = 'GetMmsTaskLogCommand'; Given = 'an MmsTable'
           Pipe = { Get-MmsTable -SourceId 2000028 -TableId 4, 22 @Conn | Get-MmsTaskLog @Conn }
           Takes = 'Get-MmsTaskLog takes objects with SourceId and TaskId'; Advice = 'Try: Get-MmsTable | Get-MmsTask | Get-MmsTaskLog' }
    ) {
        # No -WhatIf: a refused object changes nothing, as the requests sent show (only the producers' reads).
        $run = Invoke-Pipe $Pipe
        $sent = (Get-Stat).byAction
        foreach ($change in 'UpdateMmsTables', 'UpdateMmsTable', 'StopMmsJob', 'CreateMmsJob', 'UpdateMmsTimer') { $sent.$change | Should -BeNullOrEmpty }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors.Count | Should -Be 1
        $e = $run.Errors[0]
        $e.FullyQualifiedErrorId | Should -Be ($Id + $Cmdlet)
        $e.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $e.TargetObject | Should -Not -BeNullOrEmpty
        $e.Exception.Message | Should -BeLike "$Takes from the pipeline; it was given $Given*"
        $e.ErrorDetails.RecommendedAction | Should -BeLike $Advice
    }

    It 'sends nothing for the refused objects: Set-MmsTable without -WhatIf changes no table' {
        $before = (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn).DestinationProject
        Get-Stat | Out-Null
        $run = Invoke-Pipe { $Jobs | Set-MmsTable -DestinationProject wrongpipe_proj -Confirm:$false @Conn }
        $run.Errors.Count | Should -Be 1
        Get-Requests | Should -Be 0
        (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn).DestinationProject | Should -Be $before
    }

    It 'takes the valid objects of a mixed pipeline and refuses the others once per type' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        $expected = @($table | Get-MmsTableColumn @Conn).Count
        $run = Invoke-Pipe { @($Jobs) + @($table) + @('a', 'b') + @($Jobs) | Get-MmsTableColumn @Conn }
        $run.Output.Count | Should -Be $expected -Because 'the table among the wrong objects still gets its columns'
        $run.Errors.Count | Should -Be 2 -Because 'one error for the jobs, one for the strings'
        @($run.Errors | Where-Object { $_.Exception.Message -like '*given an MmsJob*' }).Count | Should -Be 1
        @($run.Errors | Where-Object { $_.Exception.Message -like "*given the String 'a'*" }).Count | Should -Be 1
    }

    It 'keeps the valid objects of a mixed pipeline for cmdlets that act at the end: New-MmsJob plans the partitions' {
        $text = Get-ChildHostText @'
$parts = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -Status FAILED -First 3 @Conn
@($parts) + 'junk' | New-MmsJob -Name wrongpipe_mixed -WhatIf @Conn
, @($parts) | New-MmsJob -Name wrongpipe_nested -WhatIf @Conn
'@
        $text | Should -Match "Create migration job 'wrongpipe_mixed'.*partitions 400501, 400502, 400503 -> project mma_logs"
        $text | Should -Match "it was given the String 'junk'"
        $text | Should -Match "Create migration job 'wrongpipe_nested'.*partitions 400501, 400502, 400503 -> project mma_logs" -Because 'an array piped as one object binds to -Partition as before'
        $text | Should -Not -Match 'Parameter set cannot be resolved'
    }

    It 'stops at the first with -ErrorAction Stop' {
        { $Jobs | Get-MmsTableColumn -ErrorAction Stop @Conn } | Should -Throw -ErrorId ($Id + 'GetMmsTableColumnCommand')
    }

    It 'says in -Verbose which objects it skipped after the first' {
        $verbose = $Jobs | Get-MmsTableColumn -Verbose @Conn 2>$null 4>&1
        @($verbose | Where-Object { $_.Message -like 'Skipped another MmsJob*' }).Count | Should -Be ($Jobs.Count - 1)
    }
}

Describe 'Every cmdlet that takes pipeline input' {
    BeforeDiscovery {
        . $PSScriptRoot/Common.ps1
        # Measure-MmsMigration takes any object by design and refuses the others itself (MmsUnsupportedInput).
        $script:Cmdlets = @(Get-Command -Module MmsPowerShell -CommandType Cmdlet | Where-Object {
                $_.Name -ne 'Measure-MmsMigration' -and
                @($_.Parameters.Values.ParameterSets.Values | Where-Object { $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName }).Count -gt 0
            } | ForEach-Object { @{ Name = $_.Name } })
    }
    BeforeAll {
        # What each needs on the command line besides the pipeline (and -WhatIf where it changes something).
        $script:Extra = @{
            'New-MmsJob'                = @{ Name = 'wrongpipe' }
            'Invoke-MmsMigration'       = @{ Name = 'wrongpipe'; StatePath = (Join-Path $TestDrive 'ledger.json') }
            'Export-MmsMigrationReport' = @{ Path = (Join-Path $TestDrive 'report.html') }
            'Set-MmsTimer'              = @{ Stopped = $true }
            'Set-MmsTable'              = @{ DestinationProject = 'wrongpipe' }
            'Set-MmsDatabase'           = @{ DestinationProject = 'wrongpipe' }
            'Set-MmsDataSource'         = @{ NewName = 'wrongpipe' }
        }
    }
    BeforeEach { Get-Stat | Out-Null }

    It 'is covered: the list is the module''s' {
        $Cmdlets.Count | Should -BeGreaterThan 25
    }

    It '<Name> refuses three custom objects with one MmsPipelineInputNotSupported and sends nothing' -ForEach $Cmdlets {
        $command = Get-Command $Name
        $arguments = @{} + $Conn
        if ($Extra.ContainsKey($Name)) { $arguments += $Extra[$Name] }
        if ($command.Parameters.ContainsKey('WhatIf')) { $arguments.WhatIf = $true }
        $junk = 1..3 | ForEach-Object { [pscustomobject]@{ Junk = $_ } }
        $errors = $null
        $null = $junk | & $Name @arguments -ErrorVariable errors 2>$null
        @($errors).Count | Should -Be 1 -Because ($errors | Out-String)
        $errors[0].FullyQualifiedErrorId | Should -Be ('MmsPipelineInputNotSupported,' + $command.ImplementingType.FullName)
        $errors[0].TargetObject.Junk | Should -Be 1
        Get-Requests | Should -Be 0
        Test-Path (Join-Path $TestDrive 'report.html') | Should -BeFalse -Because 'nothing is written for refused input'
    }
}

Describe 'Pipes that bound before bind as before' {
    BeforeEach { Get-Stat | Out-Null }

    It 'adds no parameter and no parameter set to what Get-Command and help show' {
        foreach ($name in 'Get-MmsTableColumn', 'Get-MmsTask', 'Stop-MmsJob', 'Set-MmsTimer') {
            $command = Get-Command $name
            $command.Parameters.Keys | Should -Not -Contain 'UnsupportedPipelineInput'
            $command.ParameterSets.Name | Should -Not -Contain 'UnsupportedPipelineInput'
        }
        (Get-Command Get-MmsTableColumn).ParameterSets.Name | Sort-Object | Should -Be @('ById', 'InputObject')
        (Get-Command Set-MmsTimer).ParameterSets.Name | Sort-Object | Should -Be @('Daily', 'Hourly', 'State')
    }

    It 'binds tables by value, tasks and CSV rows by property name' {
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn @Conn).Count | Should -BeGreaterThan 0
        $byTask = @(Get-MmsTask -SourceId 2000028 -JobId 102 @Conn | Get-MmsTableColumn @Conn)
        $byTask.Count | Should -BeGreaterThan 0
        $csv = 'SourceId,TableId', '2000028,22' | ConvertFrom-Csv
        @($csv | Get-MmsTableColumn @Conn).Count | Should -Be @(Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn @Conn).Count
    }

    It 'keeps a bad id in a CSV row its own error (MmsInvalidInputId), not a refused object' {
        $csv = 'SourceId,TableId', '2000028,abc' | ConvertFrom-Csv
        $errors = $null
        $null = $csv | Get-MmsTableColumn @Conn -ErrorVariable errors 2>$null
        @($errors).Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTableColumnCommand'
    }

    It 'takes jobs and tables into Get-MmsTask, data sources into Get-MmsTable, partitions into New-MmsJob' {
        $jobTasks = @(Get-MmsJob -SourceId 2000028 -JobId 102 @Conn | Get-MmsTask @Conn)
        $jobTasks.Count | Should -BeGreaterThan 0
        $jobTasks.JobId | Sort-Object -Unique | Should -Be 102
        @(Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Get-MmsTask @Conn).TableId | Sort-Object -Unique | Should -Be 4
        @(Get-MmsDataSource -SourceId 2000028 @Conn | Get-MmsTable @Conn).Count | Should -Be @(Get-MmsTable -SourceId 2000028 @Conn).Count
        $failed = Get-MmsTablePartition -SourceId 2000028 -TableId 4 -Status FAILED @Conn
        Get-Stat | Out-Null
        # Without a host, so the "What if:" line stays out of the test log.
        $errors = Invoke-Hostless { param($failed, $conn) $failed | New-MmsJob -Name wrongpipe_parts -WhatIf @conn } -ArgumentList $failed, $Conn
        $errors | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsJob | Should -BeNullOrEmpty -Because '-WhatIf sends no creation'
    }

    It 'takes job objects into the job actions and timers into the timer actions, by property name' {
        $jobs = Get-MmsJob -SourceId 2000028 @Conn
        Get-Stat | Out-Null
        $errors = Invoke-Hostless { param($jobs, $conn) $jobs | Stop-MmsJob -WhatIf @conn } -ArgumentList $jobs, $Conn
        $errors | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0 -Because 'the jobs bound by property name, and -WhatIf sent nothing'
        $timer = New-MmsTimer -SourceId 2000028 -Name wrongpipe_binds -DbName sales -Daily 03:00 @Conn
        try {
            ($timer | Set-MmsTimer -Daily 04:30 -PassThru @Conn).Schedule | Should -Match '04:30'
            ($timer | Suspend-MmsTimer -PassThru @Conn).Stopped | Should -BeTrue
            (Set-MmsTimer -SourceId 2000028 -TimerId $timer.TimerId -Hourly 15 -PassThru @Conn).Schedule | Should -Match '15'
        }
        finally { $timer | Remove-MmsTimer -Confirm:$false @Conn }
    }
}
