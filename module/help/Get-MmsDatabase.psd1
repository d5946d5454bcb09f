@{
    Synopsis    = 'Lists the databases of MaxCompute Migration Assist (MMA) data sources, or gets them by id.'
    Description = @'
Get-MmsDatabase lists the databases of a data source (ListMmsDbs, page by page) or, with -DbId, gets each one (GetMmsDb). Each MmsDatabase carries its migration status, destination, size, row count and table and partition counters.

Databases piped into Get-MmsTable list their tables, so Get-MmsDataSource | Get-MmsDatabase | Get-MmsTable walks a migration.
'@
    Parameters  = @{
        SourceId   = 'The data source whose databases to list or get. With -DbId it is taken from the pipeline by property name.'
        DbId       = 'One or more database ids to get. Without it, the data source''s databases are listed. Taken from the pipeline by property name.'
        DataSource = 'Data sources from Get-MmsDataSource, through the pipeline: lists the databases of each.'
        Name     = 'Lists only databases whose names match (when listing). Wildcards are allowed; matching ignores case. An exact name the source does not have is an MmsDatabaseNotFound error; a pattern that matches nothing writes nothing.'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources from Get-MmsDataSource (bound by SourceId).' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'One object per database.' })
    Examples    = @(
        @{
            Title   = 'List the databases of a data source'
            Code    = 'Get-MmsDatabase -SourceId 2000028 -Region cn-hangzhou'
            Remarks = 'Shows each database with its status, tables done out of all, failed tables and size.'
        }
        @{
            Title   = 'Databases with failures, and their failed tables'
            Code    = @'
Get-MmsDatabase -SourceId 2000028 | Where-Object TablesFailed -gt 0 |
    Get-MmsTable -Status FAILED
'@
            Remarks = 'Each database piped into Get-MmsTable lists its tables.'
        }
    )
    Links       = @('Get-MmsDataSource', 'Get-MmsTable')
}
