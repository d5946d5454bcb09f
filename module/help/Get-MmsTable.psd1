# Help for Get-MmsTable; tools/New-MmsHelp.ps1 merges it with the cmdlet's real parameter metadata.
# Paragraphs are separated by a blank line; lines starting with "- " form a list. Example code lines
# must fit in 76 columns (Get-Help indents them by 4).
@{
    Synopsis    = 'Gets the tables of a MaxCompute Migration Assist (MMA) data source, with their migration status.'
    Description = @'
Get-MmsTable reads tables of an MMA data source through the MaxCompute OpenAPI (version 2022-01-04) and writes one MmsTable object per table: its database and name, type, columns and partition keys, owner, location and storage details, size and row count, and the migration status (INIT, DOING, DONE, PART_DONE or FAILED) with partition progress.

With -TableId it calls GetMmsTable once for each id. Without it, it lists the data source's tables through ListMmsTables, page by page, writing each page as it arrives: -DbName, -Name, -Status, -Type, -HasPartitions, -LastDdlTimeAfter and -LastDdlTimeBefore filter on the service, -SortBy and -Descending sort there, and -First and -Skip stop early, so Select-Object -First 5 does not fetch every page. Wildcards in -Name work although the service only matches by prefix: the prefix goes to the service and the pattern is checked locally.

SourceId and TableId also bind from the pipeline by property name, so anything with those two properties can be piped in: rows of a CSV file from Import-Csv, MmsTable objects to refresh, or the TargetObject of an earlier error to retry. MmsDatabase and MmsDataSource objects piped in list their tables. Up to -ThrottleLimit requests run at once, and the results come out in input order.

Connection: the region, endpoint and credentials come from the parameters, then the Connect-Mms context of the session, then the environment and the aliyun CLI configuration; the descriptions of -Credential, -Region and -Endpoint give the full order. Requests are signed with ACS3-HMAC-SHA256, and secrets never appear in output, verbose or debug messages, or errors.

A failure for one table is a non-terminating error: it is written in that table's place and the other tables are still fetched. Each error has a specific ErrorId and category:

- MmsTableNotFound (ObjectNotFound): the data source or table does not exist.
- The service's code, e.g. SignatureDoesNotMatch or InvalidAccessKeyId.NotFound (AuthenticationError): the credentials were rejected.
- The service's code, e.g. Forbidden.RAM (PermissionDenied): the RAM user may not call the operation.
- The service's Throttling code (LimitsExceeded): still throttled after -MaximumRetryCount retries.
- The service's code or HTTP status (ResourceUnavailable): a server failure that outlasted the retries.
- MmsInvalidResponse (InvalidData): the answer could not be read.
- MmsConnectionFailed (ConnectionError) and MmsRequestTimeout (OperationTimeout): the endpoint could not be reached in time.

The message includes the service's request id, and the error's TargetObject has SourceId and TableId properties, so the failed ids can be piped back into Get-MmsTable. Problems that concern the whole call stop it with one terminating error before any request is sent: MmsCredentialsNotFound when no credentials are found anywhere, MmsCredentialsIncomplete, MmsProfileNotFound, MmsProfileModeNotSupported, MmsRegionNotFound, MmsInvalidRegion, MmsInvalidEndpoint and MmsInsecureEndpoint.
'@
    Parameters  = @{
        IncludeLastTask = 'Also reads the tasks of each listed database (one ListMmsTasks listing per database, whatever the number of tables) and fills LastJobId, LastTaskStatus and LastDestinationProject from the table''s latest task that started: where the latest job really put the table. It differs from DestinationProject (where the next job without -DestinationProject goes) when a job was sent elsewhere with New-MmsJob -DestinationProject. Without the switch those properties are empty and no task is read.'
        SourceId          = 'The id of the MMA data source, e.g. 2000028. With -TableId it also binds from the pipeline by property name, so CSV rows, MmsTable objects and error targets can be piped in. Tab completion offers the data sources the connection can see.'
        TableId           = 'One or more ids of the tables to get. Without -TableId, the data source''s tables are listed instead. Binds from the pipeline by property name (also as Id). Tab completion offers the tables of -SourceId.'
        Database          = 'Databases from Get-MmsDatabase, through the pipeline: the tables of each are listed, with the other filters applied.'
        DataSource        = 'Data sources from Get-MmsDataSource, through the pipeline: the tables of each are listed, with the other filters applied.'
        DbName            = 'Lists only the tables of this database (its exact name). A name the source does not have is an MmsDatabaseNotFound error, not an empty list. Tab completion offers the databases of -SourceId.'
        Name              = 'Lists only the tables whose names match. Wildcards (*, ?, [a-z]) are allowed and matching ignores case; the part before the first wildcard is sent to the service as a prefix filter.'
        Status            = 'Lists only the tables in one of these migration states: INIT, DOING, DONE, PART_DONE, FAILED; wildcards (*DONE) name every state they match.'
        Type              = 'Lists only the tables of this type, e.g. MANAGED_TABLE, EXTERNAL_TABLE or VIRTUAL_VIEW.'
        HasPartitions     = 'Lists only partitioned tables; -HasPartitions:$false lists only unpartitioned ones.'
        LastDdlTimeAfter  = 'Lists only the tables whose last DDL time is at or after this time, in the service''s local time.'
        LastDdlTimeBefore = 'Lists only the tables whose last DDL time is at or before this time, in the service''s local time.'
        SortBy            = 'Sorts the listing on the service by NumRows, Size or LastDdlTime, ascending unless -Descending is given. Without -SortBy, the service''s order is kept.'
        Descending        = 'Sorts the listing in descending order. Use it with -SortBy.'
    }
    Inputs      = @(
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Any object with SourceId and TableId properties, e.g. rows from Import-Csv or the TargetObject of an earlier error.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'MmsTable objects, to refresh them; they bind by their SourceId and TableId properties.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDatabase'; Description = 'Databases from Get-MmsDatabase: their tables are listed.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources from Get-MmsDataSource: their tables are listed.' }
    )
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'One object per table. Strings are trimmed of the padding the service adds; Status is the service''s word as a string (DONE, FAILED, ...); Size and NumRows are 64-bit; LastDdlTime is a DateTime (the raw text is in LastDdlTimeText); Columns and PartitionKeys are lists of MmsTableColumn objects whose text is ''name type; name type''; Extra is a dictionary parsed from the service''s JSON text, whose text is ''key=value; key=value'' (so Export-Csv writes readable text); RequestId is the service''s request id.' }
    )
    Notes       = @'
The default view is a table of TableId, DbName, Name, Status, partitions done out of all, size and rows that fits in 80 columns; Format-List * shows every property.

Permissions: the RAM user or role needs the action odps:GetMmsTable on acs:odps:<region>:<account-id>:mmsdatasource/<source-id> to get tables by id, and odps:ListMmsTables to list them.

To try the cmdlet without an Alibaba Cloud account, start the local emulator with Start-MmsEmulator (module MmsEmulator, staged at out/MmsEmulator by build.ps1). Its data source 2000028 has the demo tables 1 to 7 and table 22, the API reference's example mms_test.test.
'@
    Examples    = @(
        @{
            Title   = 'Get one table from the local emulator'
            Code    = @'
Import-Module ./out/MmsEmulator/MmsEmulator.psd1
$emu = Start-MmsEmulator
Get-MmsTable -SourceId 2000028 -TableId 22 `
    -Endpoint $emu.Endpoint -Credential $emu.Credential
'@
            Remarks = @'
Starts the local MMA emulator and gets table 22 of the demo data source 2000028: mms_test.test, status DONE with 80 of 100 partitions migrated. The emulator's Endpoint is a loopback http:// address and its Credential is the demo AccessKey pair; stop it with $emu | Stop-MmsEmulator.
'@
        }
        @{
            Title   = 'Get tables from Alibaba Cloud with a CLI profile'
            Code    = @'
Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 22 -Region cn-hangzhou `
    -ProfileName prod
'@
            Remarks = @'
Signs with the credentials of the prod profile in ~/.aliyun/config.json and calls https://maxcompute.cn-hangzhou.aliyuncs.com. Four requests run at once and the four tables are written in the order asked for. Without -Region, the profile's region_id is used.
'@
        }
        @{
            Title   = 'List the tables that failed or are partly done'
            Code    = @'
Get-MmsTable -SourceId 2000028 -Status FAILED, PART_DONE -Region cn-hangzhou
'@
            Remarks = @'
Lists, page by page, the tables of data source 2000028 whose migration failed or is only partly done. The service does the filtering, so only matching tables are transferred. Credentials come from the environment variables or the current aliyun CLI profile.
'@
        }
        @{
            Title   = 'Check the tables listed in a CSV file'
            Code    = @'
Import-Csv ./ids.csv | Get-MmsTable -ProfileName prod |
    Where-Object Status -eq 'FAILED' |
    Select-Object SourceId, TableId, DbName, Name, PartitionsFailed
'@
            Remarks = @'
ids.csv has the columns SourceId and TableId, one table per row. Each row binds by property name, the tables are fetched concurrently, and only the failed ones are kept. A row whose ids are not numbers is an error for that row only.
'@
        }
        @{
            Title   = 'Refresh tables you already have'
            Code    = @'
$t = Get-MmsTable -SourceId 2000028 -TableId 1, 3 -ProfileName prod
Start-Sleep -Seconds 600
$t = $t | Get-MmsTable -ProfileName prod
$t | Format-Table TableId, Name, Status, PartitionsDone, PartitionCount
'@
            Remarks = @'
MmsTable objects bind to -SourceId and -TableId by property name, so piping them back in fetches their current state.
'@
        }
        @{
            Title   = 'Collect the failures and retry only those ids'
            Code    = @'
$conn = @{ Region = 'cn-hangzhou'; ProfileName = 'prod' }
Get-MmsTable -SourceId 2000028 -TableId (1..50) @conn `
    -ErrorVariable err -ErrorAction SilentlyContinue
$err | Select-Object FullyQualifiedErrorId, TargetObject
$err | ForEach-Object TargetObject | Get-MmsTable @conn
'@
            Remarks = @'
Every table that could not be fetched adds one error to $err, and the other tables are still written. An unknown table gives MmsTableNotFound (ObjectNotFound); throttling that outlasts the retries gives the service's Throttling code (LimitsExceeded). Each error's TargetObject has the SourceId and TableId that failed, so piping the targets back in retries exactly those ids.
'@
        }
        @{
            Title   = 'Stop a script when no credentials are configured'
            Code    = @'
try {
    Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzhou
}
catch {
    if ($_.FullyQualifiedErrorId -like 'MmsCredentialsNotFound,*') {
        Write-Warning 'No credentials: run "aliyun configure" first.'
    }
    throw
}
'@
            Remarks = @'
Missing credentials are a terminating error, MmsCredentialsNotFound, raised before any request is sent; its message lists every place that was searched, so the fix is plain from the log of a scheduled script.
'@
        }
        @{
            Title   = 'Sign with temporary STS credentials'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $emu.Endpoint `
    -Credential $emu.StsCredential -SecurityToken $emu.SecurityToken
'@
            Remarks = @'
-Credential holds the temporary AccessKey pair and -SecurityToken its token, which is sent signed and never shown. Against Alibaba Cloud, use the pair and token that STS AssumeRole returned, or set ALIBABA_CLOUD_SECURITY_TOKEN next to the AccessKey environment variables.
'@
        }
        @{
            Title   = 'The three largest tables'
            Code    = @'
Get-MmsTable -SourceId 2000028 -SortBy Size -Descending -First 3 `
    -Region cn-hangzhou
'@
            Remarks = @'
The service sorts by size; -First 3 stops after the first page instead of listing the whole data source.
'@
        }
    )
    Links       = @(
        'Get-MmsTableColumn'
        'Get-MmsTablePartition'
        'Get-MmsDatabase'
        'Measure-MmsMigration'
        'Connect-Mms'
        @{ Text = 'GetMmsTable API reference'; Uri = 'https://www.alibabacloud.com/help/en/maxcompute/user-guide/api-maxcompute-2022-01-04-getmmstable' }
    )
}
