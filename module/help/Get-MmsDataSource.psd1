@{
    Synopsis    = 'Lists MaxCompute Migration Assist (MMA) data sources, or gets them by id.'
    Description = @'
Get-MmsDataSource lists the MMA data sources of the account (ListMmsDataSources, page by page) or, with -SourceId, gets each one (GetMmsDataSource). Each MmsDataSource carries its type, region, status, agent state and migration counters: databases, tables and partitions by state.

Data sources piped into Get-MmsDatabase or Get-MmsTable list their databases or tables, so Get-MmsDataSource | Get-MmsDatabase | Get-MmsTable -Status FAILED walks a whole migration.
'@
    Parameters  = @{
        SourceId = 'One or more data source ids to get. Without it, every data source is listed. Taken from the pipeline by property name. Tab completion offers the data sources the connection can see.'
        Name     = 'Lists only data sources whose names match (when listing). Wildcards are allowed; matching ignores case.'
    }
    Inputs      = @(@{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with a SourceId property, such as tables from Get-MmsTable.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'One object per data source.' })
    Examples    = @(
        @{
            Title   = 'List every data source'
            Code    = 'Get-MmsDataSource -Region cn-hangzhou'
            Remarks = 'Shows id, name, type, status, database count, tables done out of all, failed tables and whether the agent is online.'
        }
        @{
            Title   = 'Walk a migration from the top'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsDataSource @c | Get-MmsDatabase @c | Get-MmsTable @c -Status FAILED
'@
            Remarks = 'Against the local emulator: every failed table of every database of every data source.'
        }
        @{
            Title   = 'Data sources by name'
            Code    = "Get-MmsDataSource -Name 'sales*' | Format-List *"
            Remarks = 'Every property of the data sources whose names start with sales.'
        }
    )
    Links       = @('Get-MmsDatabase', 'Get-MmsTable')
}
