# Waiting on many jobs costs requests by the page: Wait-MmsJob reads the running jobs of a source by ListMmsJobs
# pages and only the jobs the listing does not show by GetMmsJob. Counted with the emulator's request stats.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    # A ten-minute task step: started jobs stay DOING for the whole file.
    Start-TestEmulator -JobStepMs 600000 -AsyncTaskMs 1 | Out-Null

    $tables = @(Get-MmsTable -SourceId 2000060 -DbName finance @Conn | Select-Object -First 151)
    for ($i = 0; $i -lt 151; $i++) {
        $name = if ($i -lt 150) { 'poll-finance-{0:000}' -f ($i + 1) } else { 'poll-never-started' }
        $body = @{ name = $name; srcDbName = 'finance'; tables = @($tables[$i].Name) } | ConvertTo-Json -Compress
        (Send POST /api/v1/mms/datasources/2000060/jobs CreateMmsJob $body).StatusCode | Should -Be 200
    }
    Start-Sleep -Milliseconds 100
    $script:Running = @(Get-MmsJob -SourceId 2000060 -Name 'poll-finance-*' @Conn | Start-MmsJob -PassThru @Conn | ForEach-Object JobId)
    $script:NeverStarted = (Get-MmsJob -SourceId 2000060 -Name 'poll-never-started' @Conn).JobId

    function Get-Count($Stats, [string] $Action) {
        $property = $Stats.byAction.PSObject.Properties[$Action]
        if ($property) { [int]$property.Value } else { 0 }
    }

    # Two poll rounds: one at the start, one at the timeout (the interval is an hour); a round that took longer than
    # the timeout leaves only the first. Every job is then given up with a timeout error.
    function Invoke-TwoRounds([long[]] $JobId) {
        $null = Get-Stat
        $null = Wait-MmsJob -SourceId 2000060 -JobId $JobId -TimeoutSec 3 -PollIntervalSec 3600 @Conn -ErrorAction SilentlyContinue -ErrorVariable timedOut -WarningAction SilentlyContinue
        @($timedOut | Where-Object FullyQualifiedErrorId -Like 'MmsWaitTimeout,*') | Should -HaveCount $JobId.Count
        Get-MmsEmulatorStat -Emulator $Emulator
    }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Wait-MmsJob on many running jobs' {
    It 'has 150 running jobs and one never started to wait on' {
        $Running | Should -HaveCount 150
        (Get-MmsJob -SourceId 2000060 -JobId $Running @Conn).Status | Sort-Object -Unique | Should -Be 'DOING'
        (Get-MmsJob -SourceId 2000060 -JobId $NeverStarted @Conn).Status | Should -Be 'INIT'
    }

    It 'reads 150 running jobs with two ListMmsJobs pages a round and no GetMmsJob (per-job polling: 150 a round)' {
        $stats = Invoke-TwoRounds $Running
        $list = Get-Count $stats ListMmsJobs
        Get-Count $stats GetMmsJob | Should -Be 0
        $list | Should -BeIn 2, 4
        $stats.requests | Should -Be $list -Because 'nothing else is sent while waiting'
        ($stats.requests / ($list / 2)) | Should -BeLessOrEqual (0.1 * 150)
    }

    It 'reads a job the listing does not show (never started) by id, once a round' {
        $stats = Invoke-TwoRounds ($Running + $NeverStarted)
        $get = Get-Count $stats GetMmsJob
        $get | Should -BeIn 1, 2
        Get-Count $stats ListMmsJobs | Should -Be (2 * $get)
        $stats.byPath."/api/v1/mms/datasources/2000060/jobs/$NeverStarted" | Should -Be $get
    }

    It 'reads one job by id alone: a listing would cost as much' {
        $stats = Invoke-TwoRounds $Running[0]
        Get-Count $stats ListMmsJobs | Should -Be 0
        Get-Count $stats GetMmsJob | Should -BeIn 1, 2
    }

    It 'backs the whole poll off when throttled: the page is sent again after the pause, and no job is read by id instead' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling.User -Message 'Request was denied due to user flow control.' -Action ListMmsJobs -RetryAfterMs 300 -Times 1
        try {
            $stats = Invoke-TwoRounds $Running
            Get-Count $stats GetMmsJob | Should -Be 0
            Get-Count $stats ListMmsJobs | Should -BeIn 3, 5 -Because 'the throttled page is sent once more, after the pause it asked for'
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }

    It 'gives every job a warning and reads the round again when the listing stays throttled past the retries' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling.User -Action ListMmsJobs -RetryAfterMs 1 -Times 4
        try {
            $null = Get-MmsEmulatorStat -Emulator $Emulator -Reset
            $null = Wait-MmsJob -SourceId 2000060 -JobId $Running[0..2] -TimeoutSec 3 -PollIntervalSec 0.5 @Conn -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue
            $stats = Get-MmsEmulatorStat -Emulator $Emulator
            Get-Count $stats GetMmsJob | Should -Be 0 -Because 'a throttled listing is not replaced by a read per job'
            @($warned | Where-Object Message -Match 'Throttling.User') | Should -HaveCount 3 -Because 'one failed round: a warning for each of its jobs'
            Get-Count $stats ListMmsJobs | Should -BeGreaterThan 4 -Because 'the next rounds list again'
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
    }
}
