using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Cleans and types data sources and databases, like MmsTableMapper does tables.</summary>
    public static class CatalogMapper
    {
        public static MmsDataSource ToDataSource(MmsDataSourceDto dto, string? requestId) => new MmsDataSource
        {
            SourceId = dto.Id ?? 0,
            Name = ServiceText.Clean(dto.Name),
            Type = ServiceText.Clean(dto.Type),
            Region = ServiceText.Clean(dto.Region),
            Status = WireValues.ParseStatus(dto.Status),
            ErrorMessage = ServiceText.Clean(dto.ErrMsg),
            AgentOnline = dto.AgentIsOnline ?? false,
            CreateTime = WireValues.ParseTime(ServiceText.Clean(dto.CreateTime)),
            LastUpdateTime = WireValues.ParseTime(ServiceText.Clean(dto.LastUpdateTime)),
            NetworkLink = ServiceText.Clean(dto.Networklink),
            DestinationProject = ServiceText.Clean(dto.DstProject),
            DestinationProjects = new MmsList<string>((dto.DstProjects ?? new string?[0]).Select(ServiceText.Clean).Where(p => p != null).Select(p => p!)),
            ScanId = dto.ScanId ?? 0,
            ScanStatus = WireValues.ParseStatus(dto.ScanStatus),
            DatabaseCount = dto.DbNum ?? 0,
            TableCount = dto.TableNum ?? 0,
            PartitionCount = dto.PartitionNum ?? 0,
            TablesDoing = dto.TablesDoingNum ?? 0,
            TablesDone = dto.TablesDoneNum ?? 0,
            TablesFailed = dto.TablesFailedNum ?? 0,
            TablesPartDone = dto.TablesPartDoneNum ?? 0,
            PartitionsDoing = dto.PartitionsDoingNum ?? 0,
            PartitionsDone = dto.PartitionsDoneNum ?? 0,
            PartitionsFailed = dto.PartitionsFailedNum ?? 0,
            RequestId = ServiceText.Clean(requestId),
        };

        public static MmsDatabase ToDatabase(MmsDatabaseDto dto, string? requestId)
        {
            return new MmsDatabase
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = ServiceText.Clean(dto.SourceName),
                DbId = dto.Id ?? 0,
                DbName = ServiceText.Clean(dto.Name),
                Description = ServiceText.Clean(dto.Description),
                Status = WireValues.ParseStatus(dto.Status),
                DestinationProject = ServiceText.Clean(dto.DstProjectName),
                DestinationName = ServiceText.Clean(dto.DstName),
                Owner = ServiceText.Clean(dto.Owner),
                Location = ServiceText.Clean(dto.Location),
                Size = WireValues.Count(dto.Size),
                NumRows = WireValues.Count(dto.NumRows),
                LastDdlTime = WireValues.ParseTime(ServiceText.Clean(dto.LastDdlTime)),
                MetadataUpdated = dto.Updated ?? false,
                TableCount = dto.Tables ?? 0,
                TablesDoing = dto.TablesDoing ?? 0,
                TablesDone = dto.TablesDone ?? 0,
                TablesFailed = dto.TablesFailed ?? 0,
                TablesPartDone = dto.TablesPartDone ?? 0,
                PartitionCount = dto.Partitions ?? 0,
                PartitionsDoing = dto.PartitionsDoing ?? 0,
                PartitionsDone = dto.PartitionsDone ?? 0,
                PartitionsFailed = dto.PartitionsFailed ?? 0,
                RequestId = ServiceText.Clean(requestId),
            };
        }

        public static MmsPartition ToPartition(MmsPartitionDto dto, string? requestId)
        {
            return new MmsPartition
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = ServiceText.Clean(dto.SourceName),
                DbId = dto.DbId ?? 0,
                DbName = ServiceText.Clean(dto.DbName),
                TableId = dto.TableId ?? 0,
                TableName = ServiceText.Clean(dto.TableName),
                PartitionId = dto.Id ?? 0,
                Value = ServiceText.Clean(dto.Value),
                Status = WireValues.ParseStatus(dto.Status),
                Size = WireValues.Count(dto.Size),
                NumRows = WireValues.Count(dto.NumRows),
                MetadataUpdated = dto.Updated ?? false,
                LastDdlTime = WireValues.ParseTime(ServiceText.Clean(dto.LastDdlTime)),
                DestinationProject = ServiceText.Clean(dto.DstProjectName),
                DestinationSchema = ServiceText.Clean(dto.DstSchemaName),
                DestinationTable = ServiceText.Clean(dto.DstTableName),
                DestinationValue = ServiceText.Clean(dto.DstValue),
                RequestId = ServiceText.Clean(requestId),
            };
        }
    }
}
