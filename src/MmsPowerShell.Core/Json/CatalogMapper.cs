using System.Linq;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Cleans and types data sources and databases, like MmsTableMapper does tables.</summary>
    public static class CatalogMapper
    {
        public static MmsDataSource ToDataSource(MmsDataSourceDto dto, string? requestId) => new MmsDataSource
        {
            SourceId = dto.Id ?? 0,
            Name = MmsTableMapper.Clean(dto.Name),
            Type = MmsTableMapper.Clean(dto.Type),
            Region = MmsTableMapper.Clean(dto.Region),
            Status = MmsTableMapper.Clean(dto.Status),
            ErrorMessage = MmsTableMapper.Clean(dto.ErrMsg),
            AgentOnline = dto.AgentIsOnline ?? false,
            CreateTime = MmsTableMapper.ParseDdlTime(MmsTableMapper.Clean(dto.CreateTime)),
            LastUpdateTime = MmsTableMapper.ParseDdlTime(MmsTableMapper.Clean(dto.LastUpdateTime)),
            NetworkLink = MmsTableMapper.Clean(dto.Networklink),
            DestinationProject = MmsTableMapper.Clean(dto.DstProject),
            DestinationProjects = (dto.DstProjects ?? new string?[0]).Select(MmsTableMapper.Clean).Where(p => p != null).Select(p => p!).ToList(),
            ScanId = dto.ScanId ?? 0,
            ScanStatus = MmsTableMapper.Clean(dto.ScanStatus),
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
            RequestId = MmsTableMapper.Clean(requestId),
        };

        public static MmsDatabase ToDatabase(MmsDatabaseDto dto, string? requestId)
        {
            string? status = MmsTableMapper.Clean(dto.Status);
            return new MmsDatabase
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = MmsTableMapper.Clean(dto.SourceName),
                DbId = dto.Id ?? 0,
                DbName = MmsTableMapper.Clean(dto.Name),
                Description = MmsTableMapper.Clean(dto.Description),
                Status = MmsTableMapper.ParseStatus(status),
                StatusText = status,
                DestinationProject = MmsTableMapper.Clean(dto.DstProjectName),
                DestinationName = MmsTableMapper.Clean(dto.DstName),
                Owner = MmsTableMapper.Clean(dto.Owner),
                Location = MmsTableMapper.Clean(dto.Location),
                Size = dto.Size ?? 0,
                NumRows = dto.NumRows ?? 0,
                LastDdlTime = MmsTableMapper.ParseDdlTime(MmsTableMapper.Clean(dto.LastDdlTime)),
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
                RequestId = MmsTableMapper.Clean(requestId),
            };
        }
    
        public static MmsPartition ToPartition(MmsPartitionDto dto, string? requestId)
        {
            string? status = MmsTableMapper.Clean(dto.Status);
            return new MmsPartition
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = MmsTableMapper.Clean(dto.SourceName),
                DbId = dto.DbId ?? 0,
                DbName = MmsTableMapper.Clean(dto.DbName),
                TableId = dto.TableId ?? 0,
                TableName = MmsTableMapper.Clean(dto.TableName),
                PartitionId = dto.Id ?? 0,
                Value = MmsTableMapper.Clean(dto.Value),
                Status = MmsTableMapper.ParseStatus(status),
                StatusText = status,
                Size = dto.Size ?? 0,
                NumRows = dto.NumRows ?? 0,
                MetadataUpdated = dto.Updated ?? false,
                LastDdlTime = MmsTableMapper.ParseDdlTime(MmsTableMapper.Clean(dto.LastDdlTime)),
                DestinationProject = MmsTableMapper.Clean(dto.DstProjectName),
                DestinationSchema = MmsTableMapper.Clean(dto.DstSchemaName),
                DestinationTable = MmsTableMapper.Clean(dto.DstTableName),
                DestinationValue = MmsTableMapper.Clean(dto.DstValue),
                RequestId = MmsTableMapper.Clean(requestId),
            };
        }
    }
}
