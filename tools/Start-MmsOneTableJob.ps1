<#
.SYNOPSIS
    Makes one job per table on an emulator's source 2000060, named <Prefix>-0001, <Prefix>-0002, ..., starts them all and
    returns their ids in name order: the running jobs the waiting benchmarks read (tools/Measure-MmsPollRound.ps1,
    tools/Measure-MmsWaitMemory.ps1). Start the emulator with a long -JobStepMs so the jobs stay DOING.
#>
param(
    [Parameter(Mandatory)] [object] $Emulator,
    [Parameter(Mandatory)] [string] $Prefix,
    # The tables, one per job (MmsTable objects of source 2000060).
    [Parameter(Mandatory)] [object[]] $Table
)
$ErrorActionPreference = 'Stop'
$conn = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential }
for ($i = 0; $i -lt $Table.Count; $i++) {
    $body = @{ name = '{0}-{1:0000}' -f $Prefix, ($i + 1); srcDbName = $Table[$i].DbName; tables = @($Table[$i].Name) } | ConvertTo-Json -Compress
    $created = Invoke-MmsEmulatorRequest -Emulator $Emulator -Method POST -Path /api/v1/mms/datasources/2000060/jobs -Action CreateMmsJob -Body $body
    if ($created.StatusCode -ne 200) { throw "CreateMmsJob answered $($created.StatusCode): $($created.Content)" }
}
# Creation is asynchronous: wait until every job exists before starting them.
$deadline = [DateTime]::UtcNow.AddSeconds(120)
while (@(Get-MmsJob -SourceId 2000060 -Name "$Prefix-*" @conn).Count -lt $Table.Count) {
    if ([DateTime]::UtcNow -gt $deadline) { throw "the $($Table.Count) jobs were not all created within 120 s" }
    Start-Sleep -Milliseconds 100
}
$ids = @(Get-MmsJob -SourceId 2000060 -Name "$Prefix-*" @conn | Sort-Object Name | Start-MmsJob -PassThru @conn | ForEach-Object JobId)
if ($ids.Count -ne $Table.Count) { throw "expected $($Table.Count) started jobs, found $($ids.Count)" }
$ids
