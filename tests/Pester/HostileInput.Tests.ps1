# Input taken on trust: hashtable values that are not text, decimal ids, user text with control and bidirectional
# characters in -WhatIf, and job states the module does not know.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
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

Describe 'every id parameter refuses what is not a whole number, typed or from a CSV cell' {
    BeforeAll {
        # Every parameter of every cmdlet whose type is a 64-bit integer (an id), enumerated from the module, so a new
        # cmdlet or parameter cannot miss the rule.
        $script:IdParameters = foreach ($command in Get-Command -Module MmsPowerShell -CommandType Cmdlet) {
            foreach ($parameter in $command.Parameters.Values) {
                $type = $parameter.ParameterType
                $element = if ($type.IsArray) { $type.GetElementType() } else { [Nullable]::GetUnderlyingType($type) ?? $type }
                if ($element -eq [long]) {
                    [pscustomobject]@{
                        Command   = $command.Name
                        Parameter = $parameter.Name
                        Rule      = ($parameter.Attributes | Where-Object { $_.GetType().Name -in 'WholeIdAttribute', 'InputIdsAttribute' } | ForEach-Object { $_.GetType().Name }) -join ','
                        Piped     = [bool]($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName })
                    }
                }
            }
        }
    }

    It 'finds the id parameters, and each carries WholeId or InputIds' {
        @($IdParameters).Count | Should -BeGreaterThan 40
        @($IdParameters | Where-Object Rule -eq '' | ForEach-Object { "$($_.Command) -$($_.Parameter)" }) | Should -BeNullOrEmpty
    }

    It '<Name> is refused on the command line before anything is sent (MmsInvalidInputId), not rounded' -ForEach @(
        @{ Name = 'Stop-MmsJob -SourceId 2000028.5'; Call = { Stop-MmsJob -SourceId 2000028.5 -JobId 101 @Conn -Confirm:$false -ErrorAction Stop } }
        @{ Name = 'Get-MmsTask -JobId 1.5'; Call = { Get-MmsTask -SourceId 2000028 -JobId 1.5 @Conn -ErrorAction Stop } }
        @{ Name = 'Get-MmsJob -TimerId ''1.5'''; Call = { Get-MmsJob -SourceId 2000028 -TimerId '1.5' @Conn -ErrorAction Stop } }
        @{ Name = 'New-MmsJob -PartitionId 1, 2.5'; Call = { New-MmsJob -SourceId 2000028 -Name x -DbName sales -Table orders -PartitionId 1, 2.5 @Conn -ErrorAction Stop } }
        @{ Name = 'Get-MmsTable -SourceId (full-width 2)'; Call = { Get-MmsTable -SourceId ([string][char]0xFF12) @Conn -ErrorAction Stop } }
        @{ Name = 'Start-MmsMetadataScan -SourceId 0'; Call = { Start-MmsMetadataScan -SourceId 0 @Conn -ErrorAction Stop } }
    ) {
        Get-Stat | Out-Null
        $Call | Should -Throw -ErrorId 'MmsInvalidInputId*'
        try { & $Call } catch { $_.Exception.Message | Should -Match 'is not an id \(a whole number from 1\)' }
        (Get-Stat).requests | Should -Be 0
    }

    It 'a typed whole number and the same CSV cell both work, and agree' {
        (Get-MmsJob -SourceId 2000028 -JobId 101 @Conn).JobId | Should -Be 101
        ([pscustomobject]@{ SourceId = '2000028'; JobId = '101' } | Get-MmsJob @Conn).JobId | Should -Be 101
        ([pscustomobject]@{ SourceId = ' 2000028 '; JobId = '101' } | Get-MmsJob @Conn).JobId | Should -Be 101
    }

    It 'an empty SourceId cell names its row and value; the other rows go on (Import-Csv | Get-MmsTable)' {
        $csv = "SourceId,TableId`n2000028,1`n,2`n2000028,3" | ConvertFrom-Csv
        Get-Stat | Out-Null
        $tables = $csv | Get-MmsTable @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        @($tables.TableId) | Should -Be @(1, 3)
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTableCommand'
        $err[0].Exception.Message | Should -BeLike "Input row 2: SourceId '' (empty) is not an id*the row was skipped."
        (Get-Stat).byAction.GetMmsTable | Should -Be 2
    }

    It 'every cmdlet that binds an id from the pipeline names the row of a bad SourceId cell and sends nothing for it' {
        $piped = $IdParameters | Where-Object { $_.Piped -and $_.Rule -eq 'WholeIdAttribute' } | Group-Object Command
        $piped.Count | Should -BeGreaterThan 15
        foreach ($group in $piped) {
            $command = Get-Command $group.Name
            # The row: every id the cmdlet binds by property name, SourceId '1.5' and the others 1.
            $row = [ordered]@{}
            foreach ($parameter in $command.Parameters.Values) {
                $byName = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName }
                if ($byName -and $parameter.Name -like '*Id') { $row[$parameter.Name] = '1' }
            }
            $row.SourceId = '1.5'
            # What a cmdlet needs besides the row to have anything to do (a change to make).
            $needs = @{
                'Set-MmsDatabase'   = @{ DestinationProject = 'p' }
                'Set-MmsTable'      = @{ DestinationProject = 'p' }
                'Set-MmsDataSource' = @{ NewName = 'x' }
                'Set-MmsTimer'      = @{ Daily = '02:00' }
                'Invoke-MmsMigration'       = @{ Name = 'badrow' }
                'Export-MmsMigrationReport' = @{ Path = (Join-Path ([IO.Path]::GetTempPath()) "mms-badrow-$(Get-Random).html") }
            }
            $switches = if ($needs[$group.Name]) { $needs[$group.Name].Clone() } else { @{} }
            if ($command.Parameters.ContainsKey('Confirm')) { $switches.Confirm = $false }
            Get-Stat | Out-Null
            [pscustomobject]$row | & $group.Name @Conn @switches -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
            $because = "$($group.Name) with a row $($row | ConvertTo-Json -Compress)"
            @($err.FullyQualifiedErrorId) | Should -Contain "MmsInvalidInputId,$($command.ImplementingType.FullName)" -Because $because
            ($err | Where-Object FullyQualifiedErrorId -like 'MmsInvalidInputId*')[0].Exception.Message | Should -BeLike "Input row 1: SourceId '1.5' is not an id*" -Because $because
            (Get-Stat).requests | Should -Be 0 -Because $because
        }
    }
}

Describe 'schedules in other scripts'' digits' {
    It '<Text> gets the module''s message with the accepted form, not a .NET parse error' -ForEach @(
        @{ Text = '٠٢:٣٠'; Parameter = 'Daily' }      # Arabic-Indic
        @{ Text = '０２:３０'; Parameter = 'Daily' }   # full-width
        @{ Text = '۱۵'; Parameter = 'Hourly' }       # Extended Arabic-Indic
    ) {
        Get-Stat | Out-Null
        $schedule = @{ $Parameter = $Text }
        $thrown = { New-MmsTimer -SourceId 2000028 -Name t -DbName sales @schedule @Conn -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*' -PassThru
        $thrown.Exception.Message | Should -Match 'in the digits 0-9'
        $thrown.Exception.Message | Should -Not -Match 'Input string|FormatException'
        { Set-MmsTimer -SourceId 2000028 -TimerId 1 @schedule @Conn -ErrorAction Stop } | Should -Throw '*in the digits 0-9*'
        (Get-Stat).requests | Should -Be 0
    }
}
