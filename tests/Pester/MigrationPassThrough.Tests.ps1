# Invoke-MmsMigration passes -PartitionFilter and -TableMapping to each job as the entries of that job's own tables
# (a map for every table of a source is not sent with every job), keys matched exactly; checked in the jobs' config as
# the emulator stored it and in the tasks' destination tables.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40 | Out-Null
    $script:Demo = 2000028
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Invoke-MmsMigration -PartitionFilter and -TableMapping' {
    It 'each job gets the entries of its own tables, and none of another job''s' {
        $state = Join-Path ([IO.Path]::GetTempPath()) ('mms-pass-' + [guid]::NewGuid().ToString('N') + '.json')
        # logs: access_log (FAILED) and error_log (PART_DONE), one job each.
        $run = Invoke-MmsMigration -SourceId $Demo -Name pass -DbName logs -TablesPerJob 1 -StatePath $state -PollIntervalSec 0.1 -RetryDelaySec 0 `
            -PartitionFilter @{ access_log = "dt >= '20241201'"; error_log = "dt > '2024'"; not_in_scope = 'x = 1' } `
            -TableMapping @{ access_log = 'access_log_v2'; Error_Log = 'wrong_case' } @Conn
        $run.State | Should -Be 'Done'
        $run.Jobs.Count | Should -Be 2
        $byTable = @{}
        foreach ($planned in $run.Jobs) { $byTable[@($planned.Tables)[0]] = Get-MmsJob -SourceId $Demo -JobId $planned.JobId @Conn }

        $access = $byTable['access_log'].Config
        @($access.PartitionFilters.Keys) | Should -Be @('access_log')
        $access.PartitionFilters['access_log'] | Should -Be "dt >= '20241201'"
        @($access.TableMapping.Keys) | Should -Be @('access_log')
        $access.TableMapping['access_log'] | Should -Be 'access_log_v2'
        (Get-MmsTask -SourceId $Demo -JobId $byTable['access_log'].JobId @Conn).DstTableName | Should -Be 'access_log_v2'

        $error_ = $byTable['error_log'].Config
        @($error_.PartitionFilters.Keys) | Should -Be @('error_log')
        # 'Error_Log' is not 'error_log': the map's keys are table names as the service spells them.
        @($error_.TableMapping.Keys).Count | Should -Be 0
        (Get-MmsTask -SourceId $Demo -JobId $byTable['error_log'].JobId @Conn).DstTableName | Should -Be 'error_log'
    }
}
