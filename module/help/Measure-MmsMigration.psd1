@{
    Synopsis    = 'Sums up where a migration stands for the tables piped in.'
    Description = @'
Measure-MmsMigration counts the tables piped in by migration status and adds up their partitions, bytes and rows, with how much of each is done. Bytes and rows done count migrated tables in full and, for partitioned tables still under way, the migrated share of their partitions (an estimate: partitions differ in size).
'@
    Parameters  = @{
        InputObject = 'Tables from Get-MmsTable.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsMigrationSummary'; Description = 'One summary of all the tables.' })
    Examples    = @(
        @{
            Title   = 'How far is a data source'
            Code    = 'Get-MmsTable -SourceId 2000028 -Region cn-hangzhou | Measure-MmsMigration'
            Remarks = 'Lists every table of the data source and shows tables, partitions, bytes and rows done out of all.'
        }
        @{
            Title   = 'Track progress in a runbook'
            Code    = @'
$summary = Get-MmsTable -SourceId 2000028 | Measure-MmsMigration
if ($summary.TablesFailed -gt 0) {
    Write-Warning "$($summary.TablesFailed) tables failed"
}
"{0}% of tables and ~{1}% of bytes migrated" -f $summary.PercentTablesDone,
    $summary.PercentSizeDone
'@
            Remarks = 'The summary is an object, so a runbook can test and report its numbers.'
        }
    )
    Links       = @('Get-MmsTable')
}
