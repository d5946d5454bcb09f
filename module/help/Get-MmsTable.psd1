@{
    Synopsis    = 'Gets or lists tables of a MaxCompute Migration Assist (MMA) data source, with their migration status.'
    Description = @'
Get-MmsTable calls the MaxCompute OpenAPI operation GetMmsTable (API version 2022-01-04) for each table id and writes one MmsTable object per table: its database, name, type, columns and partition keys, storage details, size and row count, and the migration status (INIT, DOING, DONE, PART_DONE or FAILED) with partition progress.

With -TableId it calls GetMmsTable for each id. Without it, it lists the data source's tables through ListMmsTables, page by page, writing each page as it arrives; -DbName, -Name, -Status, -Type, -HasPartitions and -LastDdlTimeAfter/-LastDdlTimeBefore filter on the service, -SortBy and -Descending sort there, and -First/-Skip stop early, so Select-Object -First 5 does not fetch every page. Wildcards in -Name work even though the service only matches exactly or by prefix: the prefix goes to the service and the pattern is checked locally.

Ids can be given as parameters or come from the pipeline by property name, so objects with SourceId and TableId properties (rows of a CSV file, MmsTable objects to refresh, the TargetObject of an earlier error) can be piped in. MmsDatabase and MmsDataSource objects piped in list their tables. A piped row whose ids cannot be read is an error for that row; it never turns into a listing. Up to -ThrottleLimit requests run at once and results come out in input order.

A failure for one table is a non-terminating error, and the other tables are still fetched. Errors carry a specific ErrorId and category: MmsTableNotFound (ObjectNotFound); the service's code for authentication problems, such as SignatureDoesNotMatch or InvalidAccessKeyId.NotFound (AuthenticationError); Forbidden.RAM (PermissionDenied); Throttling codes (LimitsExceeded, after retries); MmsInvalidResponse (InvalidData); MmsConnectionFailed (ConnectionError); MmsRequestTimeout (OperationTimeout). The message includes the request id, and the error's TargetObject has the SourceId and TableId that failed. Missing credentials or a bad endpoint stop the cmdlet with one terminating error.

Requests are signed with ACS3-HMAC-SHA256. Secrets never appear in output, verbose or debug messages, or errors.
'@
    Parameters  = @{
        SourceId          = 'The id of the MMA data source. With -TableId it is taken from the pipeline by property name (with TableId), so rows of a CSV file and MmsTable objects to refresh can be piped in. Tab completion offers the data sources the connection can see.'
        TableId           = 'One or more table ids to get. Without it, the data source''s tables are listed. Taken from the pipeline by property name (alias Id).'
        Database          = 'Databases from Get-MmsDatabase, through the pipeline: lists the tables of each.'
        DataSource        = 'Data sources from Get-MmsDataSource, through the pipeline: lists the tables of each.'
        DbName            = 'Lists only the tables of this database.'
        Name              = 'Lists only tables whose names match. Wildcards are allowed; matching ignores case.'
        Status            = 'Lists only tables in one of these migration states: INIT, DOING, DONE, PART_DONE, FAILED. Tab completion offers them.'
        Type              = 'Lists only tables of this type, e.g. MANAGED_TABLE or EXTERNAL_TABLE.'
        HasPartitions     = 'Lists only partitioned tables; -HasPartitions:$false lists only unpartitioned ones.'
        LastDdlTimeAfter  = 'Lists only tables whose last DDL time is at or after this time (the service''s local time).'
        LastDdlTimeBefore = 'Lists only tables whose last DDL time is at or before this time (the service''s local time).'
        SortBy            = 'Sorts the listing on the service by NumRows, Size or LastDdlTime, ascending unless -Descending is given.'
        Descending        = 'Sorts the listing in descending order (with -SortBy).'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'MmsTable objects, to refresh them (bound by their SourceId and TableId properties).' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Any object with SourceId and TableId properties, such as rows from Import-Csv.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'Databases from Get-MmsDatabase: their tables are listed.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources from Get-MmsDataSource: their tables are listed.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'One object per table. Strings are trimmed of the padding the service adds; Status is an enum; Size and NumRows are 64-bit; LastDdlTime is a DateTime (raw text in LastDdlTimeText); Extra is a dictionary parsed from the service''s JSON string; RequestId is the service''s request id.' }
    )
    Notes       = @'
The default table view shows TableId, DbName, Name, Status, partitions done/total, size and rows in 80 columns; Format-List shows everything.

Permission: the caller needs the RAM action odps:GetMmsTable on acs:odps:<region>:<account>:mmsdatasource/<sourceId>.
'@
    Examples    = @(
        @{
            Title   = 'List the failed tables of a data source'
            Code    = 'Get-MmsTable -SourceId 2000028 -Status FAILED, PART_DONE -Region cn-hangzhou'
            Remarks = 'Lists, page by page, the tables of data source 2000028 whose migration failed or is only partly done.'
        }
        @{
            Title   = 'The five largest tables'
            Code    = 'Get-MmsTable -SourceId 2000028 -SortBy Size -Descending -First 5'
            Remarks = 'The service sorts; -First 5 stops after the first page.'
        }
        @{
            Title   = 'Get one table'
            Code    = 'Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzhou'
            Remarks = 'Gets table 22 of data source 2000028 from the cn-hangzhou endpoint, with credentials from the environment or the aliyun CLI profile.'
        }
        @{
            Title   = 'Try it against the local emulator'
            Code    = @'
Import-Module ./out/MmsEmulator/MmsEmulator.psd1
$emu = Start-MmsEmulator
Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 22 -Endpoint $emu.Endpoint -Credential $emu.Credential
'@
            Remarks = 'Starts the local MMA emulator and lists four demo tables in the table view, in the order asked for.'
        }
        @{
            Title   = 'Check the tables listed in a CSV file and keep the failed ones'
            Code    = @'
Import-Csv ./tables.csv | Get-MmsTable -ProfileName prod | Where-Object Status -eq 'FAILED' |
    Select-Object SourceId, TableId, DbName, Name, PartitionsFailed
'@
            Remarks = 'tables.csv has the columns SourceId and TableId. The prod profile of ~/.aliyun/config.json supplies the credentials and the region.'
        }
        @{
            Title   = 'Refresh tables you already have'
            Code    = @'
$tables = Get-MmsTable -SourceId 2000028 -TableId 1, 3, 5
$tables = $tables | Get-MmsTable
$tables | Format-Table TableId, Name, Status, PartitionsDone, PartitionCount
'@
            Remarks = 'MmsTable objects bind to -SourceId and -TableId by property name, so piping them back in fetches their current state.'
        }
        @{
            Title   = 'Retry only the ids that failed'
            Code    = @'
Get-MmsTable -SourceId 2000028 -TableId (1..50) -ErrorVariable failed -ErrorAction SilentlyContinue
$failed | ForEach-Object { '{0}: {1}' -f $_.TargetObject, $_.FullyQualifiedErrorId }
$failed.TargetObject | Get-MmsTable
'@
            Remarks = 'Each error''s TargetObject carries the SourceId and TableId that failed, so the failed ids can be piped straight back in.'
        }
        @{
            Title   = 'Use an STS token'
            Code    = @'
$sts = Get-Credential -UserName 'STS.NUgYrLnoC...' -Message 'STS AccessKey secret'
Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-shanghai -Credential $sts -SecurityToken $token
'@
            Remarks = 'Signs with a temporary AccessKey pair and its security token. The token is sent signed and never shown.'
        }
    )
    Links       = @('Get-MmsTableColumn', 'Get-MmsDatabase', 'Measure-MmsMigration', 'about_CommonParameters')
}
