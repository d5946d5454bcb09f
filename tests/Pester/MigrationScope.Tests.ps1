# The tables Invoke-MmsMigration plans while the source's tables change state under it (a killed run's jobs still
# run in the service when it is run again): a table that leaves the status filter between two pages of the listing
# must not make the run skip the tables after it.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:Dw = 2000060
    $null = Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40
}
AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Invoke-MmsMigration: the scope while tables change state' {
    It 'plans every table still waiting when tables of the first page turn DOING before the later pages are read' {
        $scope = @(Get-MmsTable -SourceId $Dw -DbName retail -Status INIT, FAILED, PART_DONE @Conn | Sort-Object TableId)
        $scope.Count | Should -BeGreaterThan 200
        # The first 100 tables waiting: their state changes after the first page of the run's listing and before the rest.
        $moved = @($scope | Select-Object -First 100)
        $state = Join-Path ([IO.Path]::GetTempPath()) ('mms-scope-' + [guid]::NewGuid().ToString('N') + '.mmsmigration.json')
        Get-Stat | Out-Null
        # Every listing of tables after the first waits 5 s before it is answered: the window the states change in.
        Set-MmsEmulatorFault -Emulator $Emulator -Kind delay -Action ListMmsTables -Skip 1 -DelayMs 5000 | Out-Null
        $run = Start-InRunspace "Invoke-MmsMigration -SourceId $Dw -Name scope -DbName retail -TablesPerJob 100 -MaxRunningJobs 3 -MaxAttempts 1 -PollIntervalSec 0.05 -StatePath '$state' @Conn"
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ((Get-MmsEmulatorStat -Emulator $Emulator).byAction.ListMmsTables -lt 2) {
                if ([DateTime]::UtcNow -gt $deadline) { throw 'The run never asked for a second page of tables.' }
                Start-Sleep -Milliseconds 20
            }
            $body = @{ dbName = 'retail'; tableNames = @($moved.Name); status = 'DOING' } | ConvertTo-Json
            (Invoke-MmsEmulatorRequest -Emulator $Emulator -Method PUT -Path "/api/v1/mms/datasources/$Dw/tables" -Action UpdateMmsTables -Body $body).StatusCode | Should -Be 200
            $done = $run.PowerShell.EndInvoke($run.Handle)
        }
        finally {
            $run.PowerShell.Dispose()
            Clear-MmsEmulatorFault -Emulator $Emulator
        }
        $planned = @($done.Jobs | ForEach-Object { $_.Tables })
        ($planned | Sort-Object -Unique).Count | Should -Be $planned.Count
        $movedNames = @($moved.Name)
        $waiting = @($scope.Name | Where-Object { $_ -notin $movedNames })
        $waiting.Count | Should -Be ($scope.Count - 100)
        @($waiting | Where-Object { $_ -notin $planned }) | Should -BeNullOrEmpty
        $done.TablesPlanned | Should -Be $planned.Count
    }
}
