@{
    Synopsis    = 'Sums up where a migration stands for the tables, databases or data sources piped in.'
    Description = @'
Measure-MmsMigration counts the tables piped in by migration status and adds up their partitions, bytes and rows, with how much of each is done (with percentages). Bytes and rows done count migrated tables in full and, for partitioned tables still under way, the migrated share of their partitions (an estimate: partitions differ in size).

Databases and data sources add the counters the service keeps for them: tables by status and partitions. A database's bytes and rows done are estimated from its tables done; a data source has no byte or row counts, so the summary's SizeIncomplete is true and its view says the size is not known. Any other object is a non-terminating MmsUnsupportedInput error, one per kind of object (720 partitions piped in by mistake give one error); when nothing piped in could be summed, no summary is written.
'@
    Parameters  = @{
        InputObject = 'MmsTable objects from Get-MmsTable, MmsDatabase objects from Get-MmsDatabase, or MmsDataSource objects from Get-MmsDataSource.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'Databases from Get-MmsDatabase.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources from Get-MmsDataSource.' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsMigrationSummary'; Description = 'One summary of all the tables.' })
    Examples    = @(
        @{
            Title   = 'How far is a data source'
            Code    = 'Get-MmsTable -SourceId 2000028 -Region cn-hangzhou | Measure-MmsMigration'
            Remarks = 'Lists every table of the data source and shows tables, partitions, bytes and rows done out of all.'
        }
        @{
            Title   = 'Where every data source stands, without listing tables'
            Code    = 'Get-MmsDataSource | Measure-MmsMigration'
            Remarks = 'Adds up the counters of each data source: one request per page of data sources, however many tables they hold.'
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
