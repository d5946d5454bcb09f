using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Cleans and types the set-up side's answers: timers, timer logs, metadata scans and config items.</summary>
    public static class SetupMapper
    {
        private const string RunningSuffix = "_DOING";

        public static MmsTimer ToTimer(MmsTimerDto dto, string? requestId)
        {
            string? scheduleType = ServiceText.Clean(dto.ScheduleType);
            string? value = ServiceText.Clean(dto.Value);
            string? createTime = ServiceText.Clean(dto.CreateTime);
            string? updateTime = ServiceText.Clean(dto.UpdateTime);
            var timer = new MmsTimer
            {
                SourceId = dto.SourceId ?? 0,
                TimerId = dto.Id ?? 0,
                Name = ServiceText.Clean(dto.Name),
                DbId = dto.DbId ?? 0,
                DbName = ServiceText.Clean(dto.SrcDbName),
                ScheduleType = scheduleType,
                ScheduleValue = value,
                Schedule = ServiceText.Clean(scheduleType + " " + value),
                Type = ServiceText.Clean(dto.Type),
                Stopped = dto.Stopped ?? false,
                CreateTime = WireValues.ParseTime(createTime),
                CreateTimeText = createTime,
                UpdateTime = WireValues.ParseTime(updateTime),
                UpdateTimeText = updateTime,
                RequestId = ServiceText.Clean(requestId),
            };
            MmsTimerConfigDto? config = dto.Config;
            if (config != null)
            {
                timer.HasConfig = true;
                timer.Tables = WireValues.CleanList(config.Tables);
                timer.Partitions = (config.Partitions ?? new long?[0]).Where(p => p.HasValue).Select(p => p!.Value).ToList();
                timer.TableBlackList = WireValues.CleanList(config.TableBlackList);
                timer.TableWhiteList = WireValues.CleanList(config.TableWhiteList);
                timer.PartitionFilters = WireValues.CleanMap(config.PartitionFilters);
                timer.TableMapping = WireValues.CleanMap(config.TableMapping);
                timer.ColumnMapping = WireValues.CleanMap(config.ColumnMapping);
                timer.EnableSchemaMigration = config.EnableSchemaMigration;
                timer.EnableDataMigration = config.EnableDataMigration;
                timer.EnableVerification = config.EnableVerification;
                timer.OthersText = config.Others.HasValue && config.Others.Value.ValueKind != JsonValueKind.Null
                    ? ServiceText.Clean(config.Others.Value.GetRawText())
                    : null;
            }
            timer.Scope = Scope(timer);
            return timer;
        }

        public static MmsTimerLog ToTimerLog(MmsTimerLogDto dto, long timerId, string? requestId)
        {
            string? createTime = ServiceText.Clean(dto.CreateTime);
            return new MmsTimerLog
            {
                SourceId = dto.SourceId ?? 0,
                TimerId = timerId,
                LogId = dto.Id ?? 0,
                Status = ServiceText.Clean(dto.Status),
                Action = ServiceText.Clean(dto.Action),
                Message = ServiceText.Clean(dto.Msg),
                CreateTime = WireValues.ParseTime(createTime),
                CreateTimeText = createTime,
                RequestId = ServiceText.Clean(requestId),
            };
        }

        public static MmsMetadataScan ToScan(MmsScanDto dto, string? requestId)
        {
            string? status = ServiceText.Clean(dto.Status);
            string? result = ServiceText.Clean(dto.Result);
            string? start = ServiceText.Clean(dto.StartTime);
            string? end = ServiceText.Clean(dto.EndTime);
            double progress = Math.Max(0, Math.Min(MmsMetadataScan.FullProgress, dto.Progress ?? 0));
            return new MmsMetadataScan
            {
                SourceId = dto.SourceId ?? 0,
                ScanId = dto.Id ?? 0,
                Status = status,
                IsRunning = status != null && status.EndsWith(RunningSuffix, StringComparison.OrdinalIgnoreCase),
                Progress = progress,
                PercentComplete = (int)Math.Floor(progress * 100 / MmsMetadataScan.FullProgress),
                Result = ToScanResult(result),
                ResultText = result,
                ErrorMessage = ServiceText.Clean(dto.ErrorMsg),
                StartTime = WireValues.ParseTime(start),
                StartTimeText = start,
                EndTime = WireValues.ParseTime(end),
                EndTimeText = end,
                RequestId = ServiceText.Clean(requestId),
            };
        }

        /// <summary>The scan's result is JSON inside a string, e.g. {"databases":5,"tables":75,"partitions":215}; null when there is none.</summary>
        public static MmsScanResult? ToScanResult(string? text)
        {
            IReadOnlyDictionary<string, string> values = WireValues.ParseObjectInString(text);
            if (values.Count == 0)
            {
                return null;
            }
            return new MmsScanResult
            {
                Databases = Count(values, "databases"),
                Tables = Count(values, "tables"),
                Partitions = Count(values, "partitions"),
                Values = values,
            };
        }

        public static MmsDataSourceConfigItem ToConfigItem(MmsConfigItemDto dto, string sourceType, string? requestId)
        {
            string? type = ServiceText.Clean(dto.Type)?.ToUpperInvariant();
            IReadOnlyList<string> enums = WireValues.CleanList(dto.Enums);
            return new MmsDataSourceConfigItem
            {
                SourceType = ServiceText.Clean(sourceType),
                Key = ServiceText.Clean(dto.Key),
                Name = ServiceText.Clean(dto.Name),
                Description = ServiceText.Clean(dto.Desc),
                Group = ServiceText.Clean(dto.Group),
                Type = type,
                SubType = ServiceText.Clean(dto.SubType),
                Required = dto.Required ?? false,
                IsSecret = IsSecretType(type),
                Enums = enums,
                EnumsText = enums.Count == 0 ? null : string.Join(", ", enums),
                PlaceHolder = ServiceText.Clean(dto.PlaceHolder),
                DefaultValue = WireValues.JsonText(dto.Value),
                SubItemsText = WireValues.JsonText(dto.SubItems),
                RequestId = ServiceText.Clean(requestId),
            };
        }

        /// <summary>PASSWORD and FILE items hold secrets (passwords, keytabs, service account keys).</summary>
        public static bool IsSecretType(string? type) =>
            string.Equals(type, "PASSWORD", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "FILE", StringComparison.OrdinalIgnoreCase);

        private static long Count(IReadOnlyDictionary<string, string> values, string name) =>
            values.TryGetValue(name, out string? text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long count) ? count : 0;

        private static string? Scope(MmsTimer timer)
        {
            if (!timer.HasConfig)
            {
                return timer.Type;
            }
            if (timer.Partitions.Count > 0)
            {
                return "partitions: " + string.Join(", ", timer.Partitions);
            }
            if (timer.Tables.Count > 0)
            {
                return "tables: " + string.Join(", ", timer.Tables);
            }
            // The service applies only the blacklist when both lists are given.
            if (timer.TableBlackList.Count > 0)
            {
                return "database, without: " + string.Join(", ", timer.TableBlackList);
            }
            return timer.TableWhiteList.Count > 0 ? "database, only: " + string.Join(", ", timer.TableWhiteList) : "database";
        }
    }
}
