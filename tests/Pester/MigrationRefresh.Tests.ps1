# Invoke-MmsMigration -RefreshMetadata against the emulator's demo source (2000028: databases mms_test, sales, logs): one
# metadata scan per database in scope, waited for before the plan (a scan that ends well adds two tables to its database,
# so a plan made after the scans has them); -WhatIf sends no scan; a scan that ends failed, or cannot be started, is a
# clear error. Requests are counted by the emulator.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:Suffix = ',MmsPowerShell.Commands.InvokeMmsMigrationCommand'
    $script:Demo = 2000028
    # Scans take 0.8 s: a plan that did not wait for them would not see the tables they add.
    Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40 -ScanMs 800 | Out-Null

    function New-StatePath([string] $Name) {
        $folder = Join-Path ([IO.Path]::GetTempPath()) ('mms-refresh-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $folder | Out-Null
        Join-Path $folder "$Name.mmsmigration.json"
    }

    function Get-ActionCount($Stat, [string] $Action) {
        $property = $Stat.byAction.PSObject.Properties[$Action]
        if ($property) { [int]$property.Value } else { 0 }
    }
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Invoke-MmsMigration -RefreshMetadata' {
    AfterEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It '-WhatIf prints one "Scan metadata" line per database, sends no scan and no change' {
        $databases = @(Get-MmsDatabase -SourceId $Demo @Conn | ForEach-Object DbName)
        $databases.Count | Should -Be 3
        $state = New-StatePath wr
        $null = Get-Stat
        $text = Get-ChildHostText "Invoke-MmsMigration -SourceId $Demo -Name wr -RefreshMetadata -StatePath '$state' -WhatIf @Conn"
        $stat = Get-Stat
        $lines = @($text -split "`r?`n" | Where-Object { $_ -like 'What if:*Scan metadata*' })
        $lines.Count | Should -Be 3
        foreach ($db in $databases) { @($lines | Where-Object { $_ -like "*source $Demo, database $db*" }).Count | Should -Be 1 }
        Get-ActionCount $stat CreateMmsFetchMetadataJob | Should -Be 0
        Get-ActionCount $stat GetMmsFetchMetadataJob | Should -Be 0
        $stat.byAction.PSObject.Properties.Name | Where-Object { $_ -notlike 'List*' -and $_ -notlike 'Get*' } | Should -BeNullOrEmpty
        Test-Path $state | Should -BeFalse
    }

    It 'scans each database in scope once, waits for the scans, then plans the tables they found' {
        $databases = @(Get-MmsDatabase -SourceId $Demo @Conn | ForEach-Object DbName)
        $state = New-StatePath rf
        $null = Get-Stat
        $run = Invoke-MmsMigration -SourceId $Demo -Name rf -RefreshMetadata -StatePath $state -PollIntervalSec 0.1 -RetryDelaySec 0 @Conn -ErrorVariable failed
        $stat = Get-Stat
        $failed | Should -BeNullOrEmpty
        Get-ActionCount $stat CreateMmsFetchMetadataJob | Should -Be $databases.Count
        Get-ActionCount $stat GetMmsFetchMetadataJob | Should -BeGreaterOrEqual $databases.Count
        # Each scan added new_events_<scanId> and failover_log_<scanId> to its database: the plan has both, per database.
        $run.State | Should -Be 'Done'
        foreach ($db in $databases) {
            $tables = @($run.Jobs | Where-Object DbName -EQ $db | ForEach-Object Tables)
            @($tables -like 'new_events_*').Count | Should -Be 1 -Because "the scan of $db ended before $db was planned"
            @($tables -like 'failover_log_*').Count | Should -Be 1
        }
        # The scans that found them are the ones this run started, and they ended well.
        $scanIds = @($run.Jobs | ForEach-Object Tables | Where-Object { $_ -like 'new_events_*' } | ForEach-Object { [long]($_ -replace '^new_events_') })
        $scanIds.Count | Should -Be $databases.Count
        $scanIds | ForEach-Object { (Get-MmsMetadataScan -SourceId $Demo -ScanId $_ @Conn).Status | Should -Be 'SCAN_DONE' }
    }

    It 'with piped tables it warns that no scan was started, and sends none' {
        $state = New-StatePath pt
        $tables = @(Get-MmsTable -SourceId $Demo -TableId 2, 7 @Conn)
        $tables.Count | Should -Be 2
        $null = Get-Stat
        $run = Invoke-InRunspace -Emulator $Emulator -Script {
            param($t, $p) $t | Invoke-MmsMigration -Name pt -RefreshMetadata -StatePath $p -WhatIf @Conn 3>&1
        } -ArgumentList $tables, $state
        $stat = Get-Stat
        @($run.Output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] -and $_.Message -like '*-RefreshMetadata*no metadata scan was started*' }).Count | Should -Be 1
        Get-ActionCount $stat CreateMmsFetchMetadataJob | Should -Be 0
    }

    It 'a scan that ends failed is MmsMetadataScanFailed for its database; with -ErrorAction Stop nothing is created' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind field -Action GetMmsFetchMetadataJob -Field status -Value '"SCAN_FAILED"'
        $state = New-StatePath sf
        $null = Get-Stat
        $thrown = $null
        try { Invoke-MmsMigration -SourceId $Demo -Name sf -DbName sales -RefreshMetadata -StatePath $state -PollIntervalSec 0.1 @Conn -ErrorAction Stop }
        catch { $thrown = $_ }
        $stat = Get-Stat
        $thrown.FullyQualifiedErrorId | Should -Be "MmsMetadataScanFailed$Suffix"
        $thrown.Exception.Message | Should -Match "^The metadata scan \d+ of database sales \(source $Demo\) ended SCAN_FAILED: the service gave no reason\. Run 'sf' plans from the metadata as it was before the scan\.$"
        $thrown.TargetObject.SourceId | Should -Be $Demo
        $thrown.TargetObject.ScanId | Should -BeGreaterThan 0
        $thrown.ErrorDetails.RecommendedAction | Should -BeLike "See Get-MmsMetadataScan -SourceId $Demo -ScanId $($thrown.TargetObject.ScanId)*-ErrorAction Stop*"
        Get-ActionCount $stat CreateMmsFetchMetadataJob | Should -Be 1
        Get-ActionCount $stat CreateMmsJob | Should -Be 0
        @(Get-MmsJob -SourceId $Demo -Name 'sf-*' @Conn).Count | Should -Be 0
    }

    It 'a scan that ends failed is a non-terminating error: the run goes on and plans from the metadata as it is' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind field -Action GetMmsFetchMetadataJob -Field status -Value '"SCAN_FAILED"'
        $state = New-StatePath sg
        $run = Invoke-MmsMigration -SourceId $Demo -Name sg -DbName mms_test -RefreshMetadata -StatePath $state -PollIntervalSec 0.1 -RetryDelaySec 0 @Conn -ErrorAction SilentlyContinue -ErrorVariable failed
        @($failed | Where-Object { $_.FullyQualifiedErrorId -eq "MmsMetadataScanFailed$Suffix" }).Count | Should -Be 1
        # The run ended and reported; its plan was made at once, without the tables the (really still running) scan adds later.
        $run.Name | Should -Be 'sg'
        $run.State | Should -Be 'Done'
        @($run.Jobs | ForEach-Object Tables | Where-Object { $_ -like 'new_events_*' }).Count | Should -Be 0
    }

    It 'a scan the service refuses to start stops the run before anything is created' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 403 -Code Forbidden.RAM -Message 'You are not authorized to do this action.' -Action CreateMmsFetchMetadataJob
        $state = New-StatePath sr
        $null = Get-Stat
        $thrown = $null
        try { Invoke-MmsMigration -SourceId $Demo -Name sr -DbName sales -RefreshMetadata -StatePath $state @Conn }
        catch { $thrown = $_ }
        $stat = Get-Stat
        $thrown | Should -Not -BeNullOrEmpty
        $thrown.CategoryInfo.Category | Should -Be 'PermissionDenied'
        $thrown.Exception.Message | Should -BeLike '*not authorized*'
        Get-ActionCount $stat CreateMmsJob | Should -Be 0
        Test-Path $state | Should -BeFalse
    }
}
