# Invoke-MmsMigration with a ledger that names jobs the service does not have: the Quick start pasted a second time
# (its ledger, ./quickstart.mmsmigration.json, kept from the first paste; the emulator new), or jobs deleted since.
# The service is the truth: those jobs' tables are planned again, created and migrated, never reported Done unmoved.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:StatePath = Join-Path ([IO.Path]::GetTempPath()) ('mms-kept-' + [guid]::NewGuid().ToString('N') + '.mmsmigration.json')
}

AfterAll {
    Remove-Item -LiteralPath $StatePath -ErrorAction Ignore
}

Describe 'A ledger kept from another service' {
    It 'plans the tables of jobs the service does not have again, and migrates them' {
        $first = Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40
        try {
            $run = Invoke-MmsMigration -SourceId 2000028 -Name kept -DbName logs -PollIntervalSec 0.05 -StatePath $StatePath @Conn
            $run.TablesDone | Should -Be 2
        }
        finally { $first | Stop-MmsEmulator }

        $second = Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40
        try {
            @(Get-MmsJob -SourceId 2000028 -Name 'kept-*' @Conn).Count | Should -Be 0 -Because 'a new emulator has none of the first run''s jobs'
            $warnings = $null
            $run = Invoke-MmsMigration -SourceId 2000028 -Name kept -DbName logs -PollIntervalSec 0.05 -StatePath $StatePath @Conn -WarningVariable warnings 3>$null
            ($warnings -join "`n") | Should -Match "Job 'kept-logs-001' \(\d+\) of the ledger is not in the service \(deleted\?\); its tables are planned again\."
            $run.State | Should -Be 'Done'
            $run.TablesDone | Should -Be 2 -Because 'Done means the tables were moved, here'
            $jobs = @(Get-MmsJob -SourceId 2000028 -Name 'kept-*' @Conn)
            $jobs.Count | Should -Be 1
            $jobs[0].Status | Should -Be 'DONE'
            (Get-MmsTable -SourceId 2000028 -DbName logs @Conn).Status | Sort-Object -Unique | Should -Be 'DONE'
        }
        finally { $second | Stop-MmsEmulator }
    }
}
