using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Json
{
    /// <summary>Cleans and types jobs, tasks, task logs and asynchronous tasks, like CatalogMapper does the read side.</summary>
    public static class JobMapper
    {
        public static MmsJob ToJob(MmsJobDto dto, string? requestId)
        {
            string? createTime = ServiceText.Clean(dto.CreateTime);
            return new MmsJob
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = ServiceText.Clean(dto.SourceName),
                JobId = dto.Id ?? 0,
                Name = ServiceText.Clean(dto.Name),
                Status = ServiceText.Clean(dto.Status),
                Type = ServiceText.Clean(dto.Type),
                Stopped = dto.Stopped ?? false,
                // Counts are not taken on trust: a negative count would show as a negative share (-150%).
                TaskNum = Math.Max(0, dto.TaskNum ?? 0),
                TaskDone = Math.Max(0, dto.TaskDone ?? 0),
                DbId = dto.DbId ?? 0,
                SrcDbName = ServiceText.Clean(dto.SrcDbName),
                SrcSchemaName = ServiceText.Clean(dto.SrcSchemaName),
                DstDbName = ServiceText.Clean(dto.DstDbName),
                DstSchemaName = ServiceText.Clean(dto.DstSchemaName),
                CreateTime = WireValues.ParseTime(createTime),
                CreateTimeText = createTime,
                Eta = ServiceText.Clean(dto.Eta),
                Config = ToConfig(dto.Config),
                RequestId = ServiceText.Clean(requestId),
            };
        }

        public static MmsTask ToTask(MmsTaskDto dto, string? requestId)
        {
            string? createTime = ServiceText.Clean(dto.CreateTime);
            string? startTime = ServiceText.Clean(dto.StartTime);
            string? endTime = ServiceText.Clean(dto.EndTime);
            return new MmsTask
            {
                SourceId = dto.SourceId ?? 0,
                SourceName = ServiceText.Clean(dto.SourceName),
                TaskId = dto.Id ?? 0,
                JobId = dto.JobId ?? 0,
                JobName = ServiceText.Clean(dto.JobName),
                DbId = dto.DbId ?? 0,
                TableId = dto.TableId ?? 0,
                SrcDbName = ServiceText.Clean(dto.SrcDbName),
                SrcSchemaName = ServiceText.Clean(dto.SrcSchemaName),
                SrcTableName = ServiceText.Clean(dto.SrcTableName),
                DstDbName = ServiceText.Clean(dto.DstDbName),
                DstSchemaName = ServiceText.Clean(dto.DstSchemaName),
                DstTableName = ServiceText.Clean(dto.DstTableName),
                Type = ServiceText.Clean(dto.Type),
                Status = ServiceText.Clean(dto.Status),
                Running = dto.Running ?? false,
                Stopped = dto.Stopped ?? false,
                RetriedTimes = dto.RetriedTimes ?? 0,
                CreateTime = WireValues.ParseTime(createTime),
                CreateTimeText = createTime,
                StartTime = WireValues.ParseTime(startTime),
                StartTimeText = startTime,
                EndTime = WireValues.ParseTime(endTime),
                EndTimeText = endTime,
                RequestId = ServiceText.Clean(requestId),
            };
        }

        /// <summary>A log entry; the task and source ids the entry lacks are taken from the request.</summary>
        public static MmsTaskLog ToTaskLog(MmsTaskLogDto dto, string? requestId, long sourceId, long taskId)
        {
            string? createTime = ServiceText.Clean(dto.CreateTime);
            return new MmsTaskLog
            {
                SourceId = dto.SourceId ?? sourceId,
                TaskId = dto.TaskId ?? taskId,
                LogId = dto.Id ?? 0,
                Status = ServiceText.Clean(dto.Status),
                Action = ServiceText.Clean(dto.Action),
                Message = ServiceText.Clean(dto.Msg),
                CreateTime = WireValues.ParseTime(createTime),
                CreateTimeText = createTime,
                RequestId = ServiceText.Clean(requestId),
            };
        }

        public static MmsAsyncTask ToAsyncTask(MmsAsyncTaskDto dto, string? requestId)
        {
            string? createTime = ServiceText.Clean(dto.CreateTime);
            string? startTime = ServiceText.Clean(dto.StartTime);
            string? endTime = ServiceText.Clean(dto.EndTime);
            return new MmsAsyncTask
            {
                SourceId = dto.SourceId ?? 0,
                AsyncTaskId = dto.Id ?? 0,
                Type = ServiceText.Clean(dto.Type),
                ObjectId = dto.ObjectId ?? 0,
                Status = ServiceText.Clean(dto.Status),
                Running = dto.Running ?? false,
                Progress = dto.Progress ?? 0,
                Result = ServiceText.Clean(dto.Result),
                ErrorMessage = ServiceText.Clean(dto.ErrorMsg),
                CreateTime = WireValues.ParseTime(createTime),
                CreateTimeText = createTime,
                StartTime = WireValues.ParseTime(startTime),
                StartTimeText = startTime,
                EndTime = WireValues.ParseTime(endTime),
                EndTimeText = endTime,
                RequestId = ServiceText.Clean(requestId),
            };
        }

        private static MmsJobConfig ToConfig(MmsJobConfigDto? dto)
        {
            if (dto == null)
            {
                return new MmsJobConfig();
            }
            return new MmsJobConfig
            {
                Tables = WireValues.CleanList(dto.Tables),
                Partitions = (dto.Partitions ?? new long?[0]).Where(p => p.HasValue).Select(p => p!.Value).ToList(),
                TableBlackList = WireValues.CleanList(dto.TableBlackList),
                TableWhiteList = WireValues.CleanList(dto.TableWhiteList),
                PartitionFilters = WireValues.CleanMap(dto.PartitionFilters),
                TableMapping = WireValues.CleanMap(dto.TableMapping),
                ColumnMapping = WireValues.CleanMap(dto.ColumnMapping),
                SchemaOnly = dto.SchemaOnly,
                Increment = dto.Increment,
                EnableVerification = dto.EnableVerification,
                TaskType = ServiceText.Clean(dto.TaskType),
                TunnelQuota = ServiceText.Clean(dto.TunnelQuota),
                Others = WireValues.JsonText(dto.Others),
            };
        }
    }
}
