@{
    Synopsis    = 'Gets the columns of MaxCompute Migration Assist (MMA) tables, partition keys included and marked.'
    Description = @'
Get-MmsTableColumn writes one MmsTableColumn object per column of each table: its position, name, type, comment, default value and whether it may be null, with the table's SourceId, TableId, DbName and TableName, and IsPartitionKey set for partition-key columns (which follow the ordinary columns).

Pipe MmsTable objects from Get-MmsTable (no further request is made), or give -SourceId and -TableId to fetch the tables first; ids also bind from the pipeline by property name. -Name keeps columns whose names match any of the given wildcard patterns; -PartitionKey keeps only partition keys and -ExcludePartitionKey only ordinary columns.

A table that cannot be fetched is a non-terminating error (see Get-MmsTable), and the other tables go on.
'@
    Parameters  = @{
        InputObject         = 'MmsTable objects whose columns to write, usually from Get-MmsTable through the pipeline.'
        SourceId            = 'The id of the MMA data source, when fetching tables by id. Taken from the pipeline by property name.'
        TableId             = 'One or more table ids to fetch. Taken from the pipeline by property name (alias Id).'
        Name                = 'Column names to keep. Wildcards (*, ?, [a-z]) are allowed; matching ignores case. Several patterns keep a column that matches any of them.'
        PartitionKey        = 'Writes only partition-key columns.'
        ExcludePartitionKey = 'Writes only ordinary columns, leaving out partition keys. Cannot be used with -PartitionKey.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Any object with SourceId and TableId properties.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTableColumn'; Description = 'One object per column: SourceId, TableId, DbName, TableName, Position, Name, Type, Comment, DefaultValue, Nullable, IsPartitionKey.' }
    )
    Notes       = 'The default view groups columns by table and shows position, name, type, nullability, a partition-key mark and the comment.'
    Examples    = @(
        @{
            Title   = 'List the columns of a table'
            Code    = 'Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzhou | Get-MmsTableColumn'
            Remarks = 'Writes user_id (bigint) and the partition key p1 (string), grouped under mms_test.test.'
        }
        @{
            Title   = 'Show only the partition keys, fetching by id'
            Code    = 'Get-MmsTableColumn -SourceId 2000028 -TableId 1, 3, 4 -PartitionKey -ProfileName prod'
            Remarks = 'Fetches three tables and writes their partition-key columns only.'
        }
        @{
            Title   = 'Find columns by name and type across tables'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3 -Endpoint $emu.Endpoint -Credential $emu.Credential |
    Get-MmsTableColumn -Name '*_id' -ExcludePartitionKey | Where-Object Type -eq 'bigint' |
    Select-Object TableName, Name, Nullable
'@
            Remarks = 'Against the local emulator: every ordinary column ending in _id that is a bigint, with its table.'
        }
    )
    Links       = @('Get-MmsTable')
}
