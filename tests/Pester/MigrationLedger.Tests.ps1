# What Invoke-MmsMigration does with a -StatePath file that is not its run's ledger: JSON without the format marker,
# another format, a truncated or garbage file, a ledger of another run's name or of another source. Each is refused at
# once with what it is and what to do, before any request (counted by the emulator), and the file is left as it was.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:Suffix = ',MmsPowerShell.Commands.InvokeMmsMigrationCommand'
    $script:Dw = 2000060
    Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40 | Out-Null

    function New-StateFile([string] $Name, [byte[]] $Content) {
        $folder = Join-Path ([IO.Path]::GetTempPath()) ('mms-ledger-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $folder | Out-Null
        $path = Join-Path $folder "$Name.mmsmigration.json"
        # An empty array passed in arrives as $null (PowerShell unrolls it): an empty file.
        if ($null -eq $Content) { $Content = [byte[]]::new(0) }
        [IO.File]::WriteAllBytes($path, $Content)
        $path
    }

    # A ledger as the run writes it (format marker first), of run $Name on $SourceId with one job.
    function Get-LedgerText([string] $Name, [long] $SourceId) {
        '{"format":"MmsMigrationLedger/1","name":"' + $Name + '","sourceId":' + $SourceId + ',"startTime":"2026-01-02T03:04:05+00:00","state":"Failed",' +
        '"jobs":[{"name":"' + $Name + '-retail-001","dbName":"retail","destinationProject":"dw_retail","tables":["ods_orders_01"],"bytes":1,"jobId":999999,' +
        '"status":"FAILED","attempts":3,"attemptsBefore":0,"taskNum":1,"taskDone":0}],"tablesPlanned":1,"tablesDone":0,"tablesFailed":1,"bytesPlanned":1,"bytesDone":0}'
    }

    # Runs the command against a file, and returns the error with the requests the emulator saw and whether the file changed.
    function Invoke-OnLedger([string] $Path, [string] $Name, [long] $SourceId = $Dw, [switch] $WhatIf) {
        $before = [IO.File]::ReadAllBytes($Path)
        $null = Get-Stat
        $thrown = $null
        try { Invoke-MmsMigration -SourceId $SourceId -Name $Name -DbName retail -StatePath $Path -WhatIf:$WhatIf -Confirm:$false @Conn -ErrorAction Stop | Out-Null }
        catch { $thrown = $_ }
        $stat = Get-Stat
        $after = [IO.File]::ReadAllBytes($Path)
        [pscustomobject]@{
            Error     = $thrown
            Requests  = [int]$stat.requests
            Unchanged = [Convert]::ToBase64String($before) -eq [Convert]::ToBase64String($after)
        }
    }
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Invoke-MmsMigration: a -StatePath file that is not a ledger' {
    It 'JSON without the format marker (<Case>) is MmsMigrationLedgerUnreadable, not an empty run; nothing is sent' -ForEach @(
        @{ Case = 'an empty object'; Text = '{}' }
        @{ Case = 'a run without its marker'; Text = '{"name":"fmt","sourceId":2000060,"jobs":[]}' }
        @{ Case = 'null'; Text = 'null' }
    ) {
        $path = New-StateFile fmt ([Text.Encoding]::UTF8.GetBytes($Text))
        $result = Invoke-OnLedger -Path $path -Name fmt
        $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerUnreadable$Suffix"
        $result.Error.CategoryInfo.Category | Should -Be 'ReadError'
        $result.Error.TargetObject | Should -Be $path
        $result.Error.Exception.Message | Should -BeLike "*$path*no `"format`" marker*"
        $result.Error.ErrorDetails.RecommendedAction | Should -BeLike '*Move the file away*reads its jobs from the service*'
        $result.Requests | Should -Be 0
        $result.Unchanged | Should -BeTrue
    }

    It 'a ledger of another format is named in the error; -WhatIf is refused alike; nothing is sent' {
        $path = New-StateFile other ([Text.Encoding]::UTF8.GetBytes(((Get-LedgerText other $Dw) -replace 'MmsMigrationLedger/1', 'MmsMigrationLedger/9')))
        foreach ($whatIf in $false, $true) {
            $result = Invoke-OnLedger -Path $path -Name other -WhatIf:$whatIf
            $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerUnreadable$Suffix"
            $result.Error.Exception.Message | Should -BeLike "*its format is 'MmsMigrationLedger/9'*reads 'MmsMigrationLedger/1'*"
            $result.Requests | Should -Be 0
            $result.Unchanged | Should -BeTrue
        }
    }

    It 'a truncated ledger (<Cut>) is not valid JSON; nothing is sent' -ForEach @(
        @{ Cut = 'empty'; Length = 0 }
        @{ Cut = 'half'; Length = -2 }
        @{ Cut = 'all but the last byte'; Length = -1 }
    ) {
        $whole = [Text.Encoding]::UTF8.GetBytes((Get-LedgerText cut $Dw))
        $keep = switch ($Length) { 0 { 0 } -2 { [int]($whole.Length / 2) } -1 { $whole.Length - 1 } }
        $part = if ($keep -gt 0) { [byte[]]$whole[0..($keep - 1)] } else { $null }
        $path = New-StateFile cut -Content $part
        $result = Invoke-OnLedger -Path $path -Name cut
        $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerUnreadable$Suffix"
        $result.Error.Exception.Message | Should -BeLike '*not valid JSON*'
        $result.Requests | Should -Be 0
        $result.Unchanged | Should -BeTrue
    }

    It 'binary garbage is not valid JSON; nothing is sent' {
        $bytes = [byte[]]::new(2048); [Random]::new(3).NextBytes($bytes); $bytes[0] = 0xFF
        $path = New-StateFile junk $bytes
        $result = Invoke-OnLedger -Path $path -Name junk
        $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerUnreadable$Suffix"
        $result.Requests | Should -Be 0
        $result.Unchanged | Should -BeTrue
    }

    It 'a well-formed ledger still opens (the same file with its marker plans under -WhatIf)' {
        $path = New-StateFile good ([Text.Encoding]::UTF8.GetBytes((Get-LedgerText good $Dw)))
        $null = Get-Stat
        $run = Invoke-InRunspace -Emulator $Emulator -Script { param($p) Invoke-MmsMigration -SourceId 2000060 -Name good -DbName retail -StatePath $p -WhatIf @Conn } -ArgumentList $path
        $run.Errors | Should -BeNullOrEmpty
        (Get-Stat).byAction.ListMmsTables | Should -BeGreaterThan 0
    }
}

Describe 'Invoke-MmsMigration: the ledger of another run' {
    It 'a ledger of another -Name says whose it is and how to go on with either run; nothing is sent' {
        $path = New-StateFile mine ([Text.Encoding]::UTF8.GetBytes((Get-LedgerText theirs $Dw)))
        $result = Invoke-OnLedger -Path $path -Name mine
        $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerMismatch$Suffix"
        $result.Error.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $result.Error.TargetObject | Should -Be $path
        $result.Error.Exception.Message | Should -Be "The ledger $path is run 'theirs' of source $Dw, not run 'mine'; nothing was sent."
        $result.Error.ErrorDetails.RecommendedAction | Should -BeLike "To continue run 'theirs', pass -Name 'theirs' -SourceId $Dw; to run 'mine', pass another -StatePath*the service is the truth*"
        $result.Requests | Should -Be 0
        $result.Unchanged | Should -BeTrue
    }

    It 'a ledger of the same name on another source says so; nothing is sent' {
        $path = New-StateFile same ([Text.Encoding]::UTF8.GetBytes((Get-LedgerText same 2000028)))
        $result = Invoke-OnLedger -Path $path -Name same
        $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerMismatch$Suffix"
        $result.Error.Exception.Message | Should -Be "The ledger $path is run 'same' of source 2000028, not of source $Dw (a run moves the tables of one source); nothing was sent."
        $result.Error.ErrorDetails.RecommendedAction | Should -BeLike "To continue that run, pass -SourceId 2000028; to run 'same' on source $Dw, pass another -StatePath.*"
        $result.Requests | Should -Be 0
        $result.Unchanged | Should -BeTrue
    }

    It 'a hostile run name in another ledger reaches the error cleaned' {
        $text = (Get-LedgerText x $Dw) -replace '"name":"x"', ('"name":"' + 'evil\u001b]0;owned\u0007' + '"')
        $path = New-StateFile hostile ([Text.Encoding]::UTF8.GetBytes($text))
        $result = Invoke-OnLedger -Path $path -Name hostile
        $result.Error.FullyQualifiedErrorId | Should -Be "MmsMigrationLedgerMismatch$Suffix"
        $result.Error.Exception.Message | Should -Not -Match "`e|`a"
        $result.Error.ErrorDetails.RecommendedAction | Should -Not -Match "`e|`a"
        $result.Requests | Should -Be 0
    }
}
