# Input taken on trust: hashtable values that are not text, decimal ids, user text with control and bidirectional
# characters in -WhatIf, and job states the module does not know.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    function Get-Stat { Get-MmsEmulatorStat -Emulator $Emulator -Reset }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'hashtable parameters hold only what can be sent' {
    It 'refuses <Why> before anything is sent' -ForEach @(
        @{ Why = 'a nested hashtable'; Table = @{ a = @{ x = 1 } } }
        @{ Why = 'an array'; Table = @{ b = 'p1', 'p2' } }
        @{ Why = 'a [datetime]'; Table = @{ c = [datetime]'2024-01-31' } }
        @{ Why = 'keys 1 and ''1'''; Table = & { $t = @{}; $t[1] = 'x'; $t['1'] = 'y'; $t } }
    ) {
        Get-Stat | Out-Null
        { New-MmsJob -SourceId 2000028 -Name hostile -DbName sales -PartitionFilter $Table @Conn -ErrorAction Stop } |
            Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
        { New-MmsTimer -SourceId 2000028 -Name hostile -DbName sales -Daily 02:00 -TableMapping $Table @Conn -ErrorAction Stop } |
            Should -Throw '*Nothing was sent*'
        { New-MmsDataSource -Name hostile -Type HIVE -Config $Table @Conn -ErrorAction Stop } | Should -Throw '*Nothing was sent*'
        (Get-Stat).requests | Should -Be 0
    }

    It 'still sends text and whole numbers as text' {
        $job = New-MmsJob -SourceId 2000028 -Name "filters-$(Get-Random)" -DbName sales -Table orders -PartitionFilter @{ orders = 'dt > 2024'; 7 = 7 } @Conn -ErrorAction Stop
        $job.JobId | Should -BeGreaterThan 0
    }
}

Describe 'decimal ids' {
    It 'Stop-MmsJob -JobId 1.5 is refused, as the CSV cell "1.5" is, and stops nothing' {
        Get-Stat | Out-Null
        { Stop-MmsJob -SourceId 2000028 -JobId 1.5 @Conn -ErrorAction Stop } | Should -Throw -ErrorId 'MmsInvalidInputId*'
        $csv = @([pscustomobject]@{ SourceId = 2000028; JobId = '1.5' }) | Stop-MmsJob @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'MmsInvalidInputId*'
        (Get-Stat).byAction.StopMmsJob | Should -BeNullOrEmpty
    }
}

Describe 'user text in -WhatIf goes through the one sanitizer' {
    It 'ESC, CR/LF and bidirectional controls are shown, not obeyed; real Unicode is untouched' {
        $text = Get-ChildHostText @'
$name = "evil" + [char]0x202E + "txt.exe" + [char]27 + "[2J" + "`r`nWARNING: forged 中文 🚀"
New-MmsJob -SourceId 2000028 -Name $name -DbName sales -WhatIf @Conn
New-MmsDataSource -Name x -Type HIVE -Config @{ 'mc.default.project' = "p`nWARNING: forged too" } -WhatIf @Conn
'@
        $text | Should -Match 'What if'
        $text | Should -Not -Match ([char]0x202E)
        $text | Should -Not -Match ([char]27)
        $text | Should -Match '\\u202e'
        $text | Should -Not -Match '(?m)^WARNING: forged'
        $text | Should -Match '中文 🚀'
    }
}

Describe 'job states taken on trust' {
    It 'a status the module does not know is told at once, not waited on silently' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind jobstate -Code PAUSED -Action GetMmsJob
        try {
            Wait-MmsJob -SourceId 2000028 -JobId 103 -TimeoutSec 1 -PollIntervalSec 0.2 @Conn -WarningVariable warned -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Out-Null
        }
        finally { Clear-MmsEmulatorFault -Emulator $Emulator }
        ($warned -join "`n") | Should -Match "status 'PAUSED'"
    }
}
