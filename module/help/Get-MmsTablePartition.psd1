@{
    Synopsis    = 'Lists the partitions of MaxCompute Migration Assist (MMA) tables with their migration status, or gets partitions by id.'
    Description = @'
Get-MmsTablePartition lists the partitions of each table piped in from Get-MmsTable, or of the tables named by -SourceId and -TableId (ListMmsPartitions, page by page, streaming). -Status keeps partitions in the given states; -First and -Skip limit the listing and stop the paging early; -IncludeTotalCount writes each table's partition count (in the -Status filter) before its partitions. With -PartitionId it gets partitions by id (GetMmsPartition).

Each MmsPartition carries the table it belongs to, its partition spec (Value, e.g. dt=20240101/hh=00), migration status, size, row count and destination.
'@
    Parameters  = @{
        InputObject = 'Tables from Get-MmsTable whose partitions to list.'
        SourceId    = 'The data source of the tables or partitions. With -PartitionId it is taken from the pipeline by property name.'
        TableId     = 'The tables whose partitions to list.'
        PartitionId = 'Partitions to get by id. Taken from the pipeline by property name, so partitions can be refreshed.'
        Status      = 'Keeps partitions in these states: INIT, DOING, DONE, FAILED; wildcards (*DO*) name every state they match.'
    }
    Inputs      = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsTable'; Description = 'Tables from Get-MmsTable.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsPartition'; Description = 'Partitions to refresh (bound by SourceId and PartitionId).' }
    )
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsPartition'; Description = 'One object per partition.' })
    Examples    = @(
        @{
            Title   = 'The failed partitions of the failed tables'
            Code    = @'
Get-MmsTable -SourceId 2000028 -Status FAILED -Region cn-hangzhou |
    Get-MmsTablePartition -Status FAILED
'@
            Remarks = 'Grouped by table in the default view.'
        }
        @{
            Title   = 'The first partitions of a table, against the emulator'
            Code    = @'
$emu = Start-MmsEmulator
Get-MmsTablePartition -SourceId 2000028 -TableId 4 -First 10 `
    -Endpoint $emu.Endpoint -Credential $emu.Credential
'@
            Remarks = 'Stops after the first page.'
        }
        @{
            Title   = 'Refresh partitions you already have'
            Code    = '$partitions | Get-MmsTablePartition'
            Remarks = 'Partitions bind -SourceId and -PartitionId by property name.'
        }
    )
    Links       = @('Get-MmsTable')
}
