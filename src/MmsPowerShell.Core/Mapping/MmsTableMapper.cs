using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Turns the wire shape into a clean MmsTable: trimmed strings, typed time, status and extra.</summary>
    public static class MmsTableMapper
    {
        public static MmsTable ToTable(MmsTableDto dto, string? requestId)
        {
            var table = new MmsTable
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = ServiceText.Clean(dto.SourceName),
                DbId = dto.DbId ?? 0,
                DbName = ServiceText.Clean(dto.DbName),
                TableId = dto.Id ?? 0,
                Name = ServiceText.Clean(dto.Name),
                Status = WireValues.ParseStatus(dto.Status),
                Type = ServiceText.Clean(dto.Type),
                Comment = ServiceText.Clean(dto.Schema?.Comment),
                SchemaTableName = ServiceText.Clean(dto.Schema?.Name),
                DestinationProject = ServiceText.Clean(dto.DstProjectName),
                DestinationSchema = ServiceText.Clean(dto.DstSchemaName),
                DestinationName = ServiceText.Clean(dto.DstName),
                HasPartitions = dto.HasPartitions ?? false,
                PartitionCount = dto.Partitions ?? 0,
                PartitionsDoing = dto.PartitionsDoing ?? 0,
                PartitionsDone = dto.PartitionsDone ?? 0,
                PartitionsFailed = dto.PartitionsFailed ?? 0,
                Size = WireValues.Count(dto.Size),
                NumRows = WireValues.Count(dto.NumRows),
                MetadataUpdated = dto.Updated ?? false,
                LastDdlTimeText = ServiceText.Clean(dto.LastDdlTime),
                Owner = ServiceText.Clean(dto.Owner),
                Location = ServiceText.Clean(dto.Location),
                InputFormat = ServiceText.Clean(dto.InputFormat),
                OutputFormat = ServiceText.Clean(dto.OutputFormat),
                Serde = ServiceText.Clean(dto.Serde),
                ExtraText = ServiceText.Clean(dto.Extra),
                RequestId = ServiceText.Clean(requestId),
            };
            table.LastDdlTime = WireValues.ParseTime(table.LastDdlTimeText);
            table.Columns = ToColumns(dto.Schema?.Columns, table, firstPosition: 1, isPartitionKey: false);
            table.PartitionKeys = ToColumns(dto.Schema?.Partitions, table, table.Columns.Count + 1, isPartitionKey: true);
            return table;
        }

        private static MmsList<MmsTableColumn> ToColumns(MmsColumnDto?[]? columns, MmsTable table, int firstPosition, bool isPartitionKey)
        {
            var result = new List<MmsTableColumn>();
            if (columns == null)
            {
                return MmsList<MmsTableColumn>.None;
            }
            foreach (MmsColumnDto? column in columns)
            {
                if (column == null)
                {
                    continue;
                }
                result.Add(new MmsTableColumn
                {
                    SourceId = table.SourceId,
                    TableId = table.TableId,
                    DbName = table.DbName,
                    TableName = table.Name,
                    Position = firstPosition + result.Count,
                    Name = ServiceText.Clean(column.Name),
                    Type = ServiceText.Clean(column.Type),
                    Comment = ServiceText.Clean(column.Comment),
                    DefaultValue = ServiceText.Clean(column.DefaultValue),
                    Nullable = column.Nullable,
                    IsPartitionKey = isPartitionKey,
                });
            }
            return new MmsList<MmsTableColumn>(result);
        }
    }
}
