@{
    Synopsis    = 'Gets tables of a MaxCompute Migration Assist (MMA) data source, with their migration status.'
    Description = @'
Get-MmsTable calls the MaxCompute OpenAPI operation GetMmsTable (API version 2022-01-04) for each table id and writes one MmsTable object per table: its database, name, type, columns and partition keys, storage details, size and row count, and the migration status (INIT, DOING, DONE, PART_DONE or FAILED) with partition progress.

Ids can be given as parameters or come from the pipeline by property name, so objects with SourceId and TableId properties (rows of a CSV file, MmsTable objects to refresh, the TargetObject of an earlier error) can be piped in. Up to -ThrottleLimit requests run at once and results come out in input order.

A failure for one table is a non-terminating error, and the other tables are still fetched. Errors carry a specific ErrorId and category: MmsTableNotFound (ObjectNotFound); the service's code for authentication problems, such as SignatureDoesNotMatch or InvalidAccessKeyId.NotFound (AuthenticationError); Forbidden.RAM (PermissionDenied); Throttling codes (LimitsExceeded, after retries); MmsInvalidResponse (InvalidData); MmsConnectionFailed (ConnectionError); MmsRequestTimeout (OperationTimeout). The message includes the request id, and the error's TargetObject has the SourceId and TableId that failed. Missing credentials or a bad endpoint stop the cmdlet with one terminating error.

Requests are signed with ACS3-HMAC-SHA256. Secrets never appear in output, verbose or debug messages, or errors.
'@
    Parameters  = @{
        SourceId = 'The id of the MMA data source. Taken from the pipeline by property name.'
        TableId  = 'One or more table ids of the data source. Taken from the pipeline by property name (alias Id).'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'MmsTable objects, to refresh them (bound by their SourceId and TableId properties).' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Any object with SourceId and TableId properties, such as rows from Import-Csv.' }
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
    Links       = @('Get-MmsTableColumn', 'about_CommonParameters')
}
