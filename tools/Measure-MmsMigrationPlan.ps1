<#
.SYNOPSIS
    Times planning a whole migration run of a source against listing the same tables, and measures the run's ledger at
    that size.
.DESCRIPTION
    Planning: `Invoke-MmsMigration -SourceId <source> -WhatIf` reads the scope itself (every table of the source, page by
    page, and the run's jobs), plans every table (-TableStatus with all five states, so the plan holds exactly the tables
    listed) and prints its "What if:" lines; against `Get-MmsTable -SourceId <source>` of the same tables. Both run in one
    hostless runspace (What-if lines and listed objects go nowhere), in rounds that alternate which goes first; the
    figures are medians. An untimed first round checks that the plan has every listed table, that it sent no request per
    table (ListMmsTables pages and ListMmsJobs only, counted by the emulator) and no error; otherwise the script fails
    rather than time something else. The default source, 9000002, has 100,000 generated tables in one database.
    Ledger: the jobs the real planner makes of those tables (MigrationPlanner, -TablesPerJob 100), each filled in as a run
    leaves it at its largest (created, ended DONE, ids, times, task counts, the ledger's own notes), the run's settings,
    and one failed table in a hundred with the emulator's Hive error as its message; its size on disk and the median of
    -LedgerWrites atomic rewrites (MmsMigrationLedger.Save, as the run writes it after every change).
    Writes the result as JSON (last line).
.EXAMPLE
    dotnet pwsh -NoProfile -File ./tools/Measure-MmsMigrationPlan.ps1 -RepoRoot . -SourceId 2000050 -Rounds 1

    A quick check that the measure works, on the 230 tables of source 2000050.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $RepoRoot,
    [long] $SourceId = 9000002,
    [ValidateRange(1, 20)] [int] $Rounds = 3,
    [ValidateRange(1, 50)] [int] $LedgerWrites = 7
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$modulePath = Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1'
$emulatorModulePath = Join-Path $RepoRoot 'out/MmsEmulator/MmsEmulator.psd1'
Import-Module $emulatorModulePath -Force
Import-Module $modulePath -Force

$measure = {
    param($emulator, $sourceId, $rounds, $ledgerWrites)
    $ErrorActionPreference = 'Stop'
    $c = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
    $allStates = 'INIT', 'DOING', 'DONE', 'PART_DONE', 'FAILED'
    function New-StatePath { Join-Path ([IO.Path]::GetTempPath()) ('mms-plan-' + [guid]::NewGuid().ToString('N') + '.mmsmigration.json') }
    function Get-Median([double[]] $Values) { ($Values | Sort-Object)[[int][math]::Floor($Values.Count / 2)] }

    # Untimed check round (also the warm-up): the plan has every listed table, sends nothing per table, and fails nothing.
    $tables = @(Get-MmsTable -SourceId $sourceId @c)
    $null = Get-MmsEmulatorStat -Emulator $emulator -Reset
    $verbose = @(Invoke-MmsMigration -SourceId $sourceId -Name bench -TableStatus $allStates -StatePath (New-StatePath) -WhatIf -Verbose @c 4>&1)
    $stat = Get-MmsEmulatorStat -Emulator $emulator -Reset
    $line = @($verbose | Where-Object { "$_" -match "^Run 'bench': (\d+) new job\(s\) for (\d+) table\(s\)" })
    if ($line.Count -ne 1) { throw "the plan wrote no summary line: $($verbose -join ' | ')" }
    $null = "$($line[0])" -match "^Run 'bench': (\d+) new job\(s\) for (\d+) table\(s\)"
    $planJobs = [int]$Matches[1]; $planTables = [int]$Matches[2]
    if ($planTables -ne $tables.Count) { throw "the plan has $planTables tables, the listing $($tables.Count): not the same tables" }
    $actions = @($stat.byAction.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" })
    $perTable = @($stat.byAction.PSObject.Properties.Name | Where-Object { $_ -notin 'ListMmsTables', 'ListMmsJobs' })
    if ($perTable.Count -gt 0) { throw "planning sent more than listings: $($actions -join ', ')" }

    $listMs = @(); $planMs = @()
    for ($i = 0; $i -lt $rounds; $i++) {
        $order = if ($i % 2 -eq 0) { 'list', 'plan' } else { 'plan', 'list' }
        foreach ($form in $order) {
            [GC]::Collect(); [GC]::WaitForPendingFinalizers()
            $sw = [Diagnostics.Stopwatch]::StartNew()
            if ($form -eq 'list') {
                $listed = @(Get-MmsTable -SourceId $sourceId @c)
                $listMs += $sw.Elapsed.TotalMilliseconds
                if ($listed.Count -ne $tables.Count) { throw "round $($i + 1): the listing has $($listed.Count) tables, not $($tables.Count)" }
                $listed = $null
            }
            else {
                Invoke-MmsMigration -SourceId $sourceId -Name bench -TableStatus $allStates -StatePath (New-StatePath) -WhatIf @c -ErrorVariable failed
                $planMs += $sw.Elapsed.TotalMilliseconds
                if (@($failed).Count -gt 0) { throw "round $($i + 1): planning failed: $($failed[0])" }
            }
        }
    }

    # The ledger of that run at its largest, from the real planner's jobs.
    $core = $tables[0].GetType().Assembly
    $jobType = $core.GetType('MmsPowerShell.Core.Models.MmsMigrationRunJob')
    $noJobs = [Activator]::CreateInstance([Collections.Generic.List`1].MakeGenericType($jobType))
    $destinations = [Activator]::CreateInstance($core.GetType('MmsPowerShell.Core.Migration.MigrationDestinations'), @($null, $null))
    $typedTables = [Activator]::CreateInstance([Collections.Generic.List`1].MakeGenericType($tables[0].GetType()))
    foreach ($table in $tables) { $typedTables.Add($table) }
    $plan = $core.GetType('MmsPowerShell.Core.Migration.MigrationPlanner')::Plan('bench', 100, $destinations, $typedTables, $noJobs)
    $run = [Activator]::CreateInstance($core.GetType('MmsPowerShell.Core.Models.MmsMigrationRun'))
    $run.Name = 'bench'; $run.SourceId = $sourceId; $run.State = 'Running'
    $started = [DateTimeOffset]::new(2026, 1, 2, 3, 4, 5, [TimeSpan]::FromHours(8))
    $run.StartTime = $started
    $run.Jobs = [Activator]::CreateInstance($core.GetType('MmsPowerShell.Core.Models.MmsList`1').MakeGenericType($jobType), @(, $plan.NewJobs))
    $ledger = [Activator]::CreateInstance($core.GetType('MmsPowerShell.Core.Migration.MmsMigrationLedger'), @(, $run))
    $n = 0
    foreach ($job in $run.Jobs) {
        $n++
        $job.JobId = 100000 + $n; $job.Status = 'DONE'; $job.Attempts = if ($n % 10 -eq 0) { 2 } else { 1 }
        $job.TaskNum = $job.Tables.Count; $job.TaskDone = $job.Tables.Count
        $job.StartTime = $started.AddMinutes($n); $job.EndTime = $started.AddMinutes($n + 30)
        $note = $ledger.NoteFor($job.Name); $note.AsyncTaskId = 50000 + $n; $note.AttemptsBefore = 0
    }
    $run.TablesPlanned = $tables.Count; $run.TablesDone = $tables.Count
    $run.BytesPlanned = ($plan.NewJobs | Measure-Object Bytes -Sum).Sum; $run.BytesDone = $run.BytesPlanned
    $settingType = $core.GetType('MmsPowerShell.Core.Models.MmsMigrationSetting')
    $settings = [Activator]::CreateInstance([Collections.Generic.List`1].MakeGenericType($settingType))
    foreach ($pair in @(('MaxRunningJobs', '4'), ('Name', 'bench'), ('PollIntervalSec', '10'), ('SourceId', "$sourceId"), ('TablesPerJob', '100'))) {
        $settings.Add([Activator]::CreateInstance($settingType, [object[]]$pair))
    }
    $run.Settings = [Activator]::CreateInstance($core.GetType('MmsPowerShell.Core.Models.MmsList`1').MakeGenericType($settingType), @(, $settings))
    $failedType = $core.GetType('MmsPowerShell.Core.Models.MmsMigrationFailedTable')
    $failedTables = [Activator]::CreateInstance([Collections.Generic.List`1].MakeGenericType($failedType))
    $message = 'FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.mr.MapRedTask. java.io.IOException: org.apache.hadoop.hdfs.BlockMissingException: Could not obtain block: BP-1-10.0.0.1-1 file=/warehouse/t/part-00000'
    for ($t = 0; $t -lt $tables.Count; $t += 100) {
        $row = [Activator]::CreateInstance($failedType)
        $row.SourceId = $sourceId; $row.DbName = $tables[$t].DbName; $row.TableName = $tables[$t].Name
        $row.JobId = 100001 + [int][math]::Floor($t / 100); $row.TaskId = 1001 + $t; $row.Status = 'DATA_FAILED'; $row.Message = $message
        $failedTables.Add($row)
    }
    $run.FailedTables = [Activator]::CreateInstance($core.GetType('MmsPowerShell.Core.Models.MmsList`1').MakeGenericType($failedType), @(, $failedTables))
    $run.TablesFailed = $failedTables.Count
    $ledgerPath = New-StatePath
    $writes = foreach ($w in 1..$ledgerWrites) { (Measure-Command { $ledger.Save($ledgerPath) }).TotalMilliseconds }
    $ledgerBytes = (Get-Item $ledgerPath).Length
    # What was written reads back as the same run: the shape is the run's own.
    $back = $core.GetType('MmsPowerShell.Core.Migration.MmsMigrationLedger')::Load($ledgerPath)
    if ($back.Run.Jobs.Count -ne $plan.NewJobs.Count -or $back.Run.FailedTables.Count -ne $failedTables.Count) { throw 'the ledger did not read back whole' }
    Remove-Item $ledgerPath

    [pscustomobject]@{
        SourceId       = $sourceId
        Tables         = $tables.Count
        PlannedJobs    = $planJobs
        PlanRequests   = [int]$stat.requests
        PlanActions    = $actions -join ', '
        Rounds         = $rounds
        ListMs         = Get-Median $listMs
        PlanMs         = Get-Median $planMs
        Ratio          = (Get-Median $planMs) / (Get-Median $listMs)
        LedgerJobs     = $plan.NewJobs.Count
        LedgerBytes    = $ledgerBytes
        LedgerWriteMs  = Get-Median $writes
    }
}

$emulator = Start-MmsEmulator
try {
    $ps = [powershell]::Create()
    try {
        $null = $ps.AddCommand('Import-Module').AddArgument($emulatorModulePath).AddStatement()
        $null = $ps.AddCommand('Import-Module').AddArgument($modulePath).AddStatement()
        $null = $ps.AddScript($measure.ToString()).AddArgument($emulator).AddArgument($SourceId).AddArgument($Rounds).AddArgument($LedgerWrites)
        $result = @($ps.Invoke())
        if ($ps.HadErrors -or $result.Count -ne 1) { throw "the measure failed: $(@($ps.Streams.Error)[0])" }
    }
    finally { $ps.Dispose() }
    $result[0] | ConvertTo-Json -Compress
}
finally {
    $emulator | Stop-MmsEmulator
}
