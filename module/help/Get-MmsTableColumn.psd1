# Help for Get-MmsTableColumn; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
# Paragraphs are separated by a blank line; lines starting with "- " form a list. Example code lines
# must fit in 76 columns (Get-Help indents them by 4).
@{
    Synopsis    = 'Gets the columns of MaxCompute Migration Assist (MMA) tables, partition keys included and marked.'
    Description = @'
Get-MmsTableColumn writes one MmsTableColumn object per column of each table: its position, name, type, comment, default value and whether it may be null, together with the table's SourceId, TableId, DbName and TableName. Partition-key columns follow the ordinary columns and have IsPartitionKey set.

Pipe MmsTable objects from Get-MmsTable to it, and no further request is made. Or give -SourceId and -TableId (or pipe objects with SourceId and TableId properties, such as rows from Import-Csv), and it fetches the tables with GetMmsTable first, up to -ThrottleLimit at once, writing the columns in input order.

-Name keeps the columns whose names match any of the given wildcard patterns. -PartitionKey keeps only the partition keys, and -ExcludePartitionKey only the ordinary columns; giving both stops the cmdlet with MmsConflictingColumnFilter.

When it fetches tables, the connection (region, endpoint, credentials) is resolved exactly as for Get-MmsTable: see the descriptions of -Credential, -Region and -Endpoint. A table that cannot be fetched is a non-terminating error with the same ErrorIds as Get-MmsTable, e.g. MmsTableNotFound (ObjectNotFound), SignatureDoesNotMatch (AuthenticationError) or Forbidden.RAM (PermissionDenied), and the other tables go on; its TargetObject has the SourceId and TableId that failed. Missing credentials stop the cmdlet with the terminating error MmsCredentialsNotFound.
'@
    Parameters  = @{
        InputObject         = 'MmsTable objects whose columns to write, usually from Get-MmsTable through the pipeline. No request is made for them.'
        SourceId            = 'The id of the MMA data source, when the tables are fetched by id. Binds from the pipeline by property name.'
        TableId             = 'One or more ids of the tables to fetch. Binds from the pipeline by property name (also as Id). Tab completion offers the tables of -SourceId.'
        Name                = 'Column names to keep. Wildcards (*, ?, [a-z]) are allowed and matching ignores case; with several patterns, a column that matches any of them is kept.'
        PartitionKey        = 'Writes only the partition-key columns. Cannot be used with -ExcludePartitionKey.'
        ExcludePartitionKey = 'Writes only the ordinary columns, leaving out the partition keys. Cannot be used with -PartitionKey.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable; their columns are written without another request.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Any object with SourceId and TableId properties, e.g. rows from Import-Csv; the tables are fetched first.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTableColumn'; Description = 'One object per column: SourceId, TableId, DbName, TableName, Position, Name, Type, Comment, DefaultValue, Nullable and IsPartitionKey.' }
    )
    Notes       = @'
The default view groups the columns by table and shows position, name, type, nullability, a partition-key mark and the comment in 80 columns.

Permissions: fetching tables by id needs the RAM action odps:GetMmsTable, as for Get-MmsTable.
'@
    Examples    = @(
        @{
            Title   = 'Columns of the example table, from the local emulator'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsTable -SourceId 2000028 -TableId 22 `
    -Endpoint $emu.Endpoint -Credential $emu.Credential |
    Get-MmsTableColumn
'@
            Remarks = @'
Writes the two columns of mms_test.test, grouped under the table: user_id (bigint) and the partition key p1 (string), marked in the PartKey column. The columns come from the MmsTable object, so Get-MmsTableColumn itself sends no request.
'@
        }
        @{
            Title   = 'Only the partition keys, fetching the tables by id'
            Code    = @'
Get-MmsTableColumn -SourceId 2000028 -TableId 1, 3, 22 -PartitionKey `
    -Region cn-hangzhou -ProfileName prod
'@
            Remarks = @'
Fetches three tables from Alibaba Cloud with the prod profile of ~/.aliyun/config.json and writes only their partition-key columns, e.g. p1 for table 22.
'@
        }
        @{
            Title   = 'Find columns by name'
            Code    = @'
Get-MmsTableColumn -SourceId 2000028 -TableId 22 -Name user* `
    -Region cn-hangzhou -ProfileName prod
'@
            Remarks = @'
Writes only the columns whose names start with user (here user_id). Matching ignores case, and several patterns can be given, e.g. -Name user*, *_time.
'@
        }
        @{
            Title   = 'Ordinary bigint id columns across tables'
            Code    = @'
$conn = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3 @conn |
    Get-MmsTableColumn -Name *_id -ExcludePartitionKey |
    Where-Object Type -eq 'bigint' |
    Select-Object TableName, Name, Nullable
'@
            Remarks = @'
Against the emulator started in example 1: every ordinary column whose name ends in _id and whose type is bigint, with its table, e.g. orders.customer_id, which may be null.
'@
        }
        @{
            Title   = 'Columns of the tables in a CSV file, skipping failures'
            Code    = @'
Import-Csv ./ids.csv |
    Get-MmsTableColumn -ProfileName prod -ErrorVariable err |
    Export-Csv ./columns.csv -NoTypeInformation
$err.TargetObject | Format-Table SourceId, TableId
'@
            Remarks = @'
ids.csv has the columns SourceId and TableId. Every column of every table that could be fetched goes to columns.csv; the tables that failed (e.g. MmsTableNotFound) are listed afterwards from the errors' TargetObject.
'@
        }
    )
    Links       = @(
        'Get-MmsTable'
        'Get-MmsTablePartition'
        @{ Text = 'GetMmsTable API reference'; Uri = 'https://www.alibabacloud.com/help/en/maxcompute/user-guide/api-maxcompute-2022-01-04-getmmstable' }
    )
}
