using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Turns the wire shape into a clean MmsTable: trimmed strings, typed time, status and extra.</summary>
    public static class MmsTableMapper
    {
        private static readonly string[] DdlTimeFormats =
        {
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        };

        public static MmsTable ToTable(MmsTableDto dto, string? requestId)
        {
            var table = new MmsTable
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = Clean(dto.SourceName),
                DbId = dto.DbId ?? 0,
                DbName = Clean(dto.DbName),
                TableId = dto.Id ?? 0,
                Name = Clean(dto.Name),
                StatusText = Clean(dto.Status),
                Type = Clean(dto.Type),
                Comment = Clean(dto.Schema?.Comment),
                SchemaTableName = Clean(dto.Schema?.Name),
                DestinationProject = Clean(dto.DstProjectName),
                DestinationSchema = Clean(dto.DstSchemaName),
                DestinationName = Clean(dto.DstName),
                HasPartitions = dto.HasPartitions ?? false,
                PartitionCount = dto.Partitions ?? 0,
                PartitionsDoing = dto.PartitionsDoing ?? 0,
                PartitionsDone = dto.PartitionsDone ?? 0,
                PartitionsFailed = dto.PartitionsFailed ?? 0,
                Size = dto.Size ?? 0,
                NumRows = dto.NumRows ?? 0,
                MetadataUpdated = dto.Updated ?? false,
                LastDdlTimeText = Clean(dto.LastDdlTime),
                Owner = Clean(dto.Owner),
                Location = Clean(dto.Location),
                InputFormat = Clean(dto.InputFormat),
                OutputFormat = Clean(dto.OutputFormat),
                Serde = Clean(dto.Serde),
                ExtraText = Clean(dto.Extra),
                RequestId = Clean(requestId),
            };
            table.Status = ParseStatus(table.StatusText);
            table.LastDdlTime = ParseDdlTime(table.LastDdlTimeText);
            table.Extra = ParseExtra(table.ExtraText);
            table.Columns = ToColumns(dto.Schema?.Columns, table, firstPosition: 1, isPartitionKey: false);
            table.PartitionKeys = ToColumns(dto.Schema?.Partitions, table, table.Columns.Count + 1, isPartitionKey: true);
            return table;
        }

        /// <summary>The service pads values with spaces and newlines; whitespace-only means absent.</summary>
        public static string? Clean(string? value)
        {
            if (value == null)
            {
                return null;
            }
            string trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        public static MmsTableStatus ParseStatus(string? text)
        {
            switch (text?.ToUpperInvariant())
            {
                case "INIT": return MmsTableStatus.INIT;
                case "DOING": return MmsTableStatus.DOING;
                case "DONE": return MmsTableStatus.DONE;
                case "PART_DONE": return MmsTableStatus.PART_DONE;
                case "FAILED": return MmsTableStatus.FAILED;
                default: return MmsTableStatus.Unknown;
            }
        }

        public static DateTime? ParseDdlTime(string? text)
        {
            if (text != null && DateTime.TryParseExact(text, DdlTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime value))
            {
                return value;
            }
            return null;
        }

        /// <summary>Parses the JSON object inside the "extra" string; anything else gives an empty map (the raw text stays in ExtraText).</summary>
        public static IReadOnlyDictionary<string, string> ParseExtra(string? text)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (text == null)
            {
                return result;
            }
            try
            {
                using (var document = JsonDocument.Parse(text))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        return result;
                    }
                    foreach (JsonProperty property in document.RootElement.EnumerateObject())
                    {
                        result[property.Name] = property.Value.ValueKind == JsonValueKind.String
                            ? property.Value.GetString() ?? string.Empty
                            : property.Value.GetRawText();
                    }
                }
            }
            catch (JsonException)
            {
                result.Clear();
            }
            return result;
        }

        private static IReadOnlyList<MmsTableColumn> ToColumns(MmsColumnDto?[]? columns, MmsTable table, int firstPosition, bool isPartitionKey)
        {
            var result = new List<MmsTableColumn>();
            if (columns == null)
            {
                return result;
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
                    Name = Clean(column.Name),
                    Type = Clean(column.Type),
                    Comment = Clean(column.Comment),
                    DefaultValue = Clean(column.DefaultValue),
                    Nullable = column.Nullable,
                    IsPartitionKey = isPartitionKey,
                });
            }
            return result;
        }
    }
}
