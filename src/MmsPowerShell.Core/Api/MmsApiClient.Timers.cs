using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>Scheduled migrations: Create/List/Get/Update/Delete/TriggerMmsTimer and ListMmsTimerLogs.</summary>
    public sealed partial class MmsApiClient
    {
        /// <summary>CreateMmsTimer: a schedule plus the options of the job each run creates. Answers the timer id.</summary>
        /// <param name="options">CreateMmsTimer takes no schemaOnly or increment: those are not sent.</param>
        public Task<long> CreateTimerAsync(long sourceId, string name, string dbName, string scheduleType, string value, MmsMigrationOptions options,
            CancellationToken cancellationToken)
        {
            var body = new MmsTimerCreateRequestDto { Name = name, SourceId = sourceId, SrcDbName = dbName, ScheduleType = scheduleType, Value = value };
            options.CopyTo(body);
            body.SchemaOnly = null;
            body.Increment = null;
            return GetItemAsync(WithBody(HttpMethod.Post, "CreateMmsTimer", SourcePath(sourceId) + "/timers", sourceId, body,
                    MmsJsonContext.Default.MmsTimerCreateRequestDto),
                MmsJsonContext.Default.ItemResponseDtoMmsCreatedIdsDto, (ids, _) => ids.TimerId ?? 0, cancellationToken);
        }

        /// <summary>One page of ListMmsTimers.</summary>
        public Task<MmsPage<MmsTimer>> ListTimersAsync(long sourceId, MmsTimerQuery query, int pageNum, int pageSize, CancellationToken cancellationToken) =>
            GetPageAsync(new ApiRequest("ListMmsTimers", SourcePath(sourceId) + "/timers", sourceId, query.ToQuery()), pageNum, pageSize,
                MmsJsonContext.Default.ListResponseDtoMmsTimerDto, SetupMapper.ToTimer, cancellationToken);

        public Task<MmsTimer> GetTimerAsync(long sourceId, long timerId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsTimer", SourcePath(sourceId) + "/timers/" + Id(timerId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsTimerDto, SetupMapper.ToTimer, timerId, timer => timer.TimerId, "timer", cancellationToken);

        /// <summary>UpdateMmsTimer: a null value is not sent, so the timer keeps it.</summary>
        public Task<long> UpdateTimerAsync(long sourceId, long timerId, string? scheduleType, string? value, bool? stopped, CancellationToken cancellationToken)
        {
            var body = new MmsTimerUpdateRequestDto { ScheduleType = scheduleType, Value = value, Stopped = stopped };
            return SendCommandAsync(WithBody(HttpMethod.Put, "UpdateMmsTimer", SourcePath(sourceId) + "/timers/" + Id(timerId), sourceId, body,
                MmsJsonContext.Default.MmsTimerUpdateRequestDto), cancellationToken);
        }

        public Task<long> DeleteTimerAsync(long sourceId, long timerId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Delete, "DeleteMmsTimer", SourcePath(sourceId) + "/timers/" + Id(timerId), sourceId), cancellationToken);

        /// <summary>TriggerMmsTimer: runs the timer now. The jobs it starts are found with ListMmsJobs by timerId.</summary>
        public Task<long> TriggerTimerAsync(long sourceId, long timerId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Post, "TriggerMmsTimer", SourcePath(sourceId) + "/timers/" + Id(timerId) + "/trigger", sourceId),
                cancellationToken);

        /// <summary>One page of ListMmsTimerLogs.</summary>
        public Task<MmsPage<MmsTimerLog>> ListTimerLogsAsync(long sourceId, long timerId, int pageNum, int pageSize, CancellationToken cancellationToken) =>
            GetPageAsync(new ApiRequest("ListMmsTimerLogs", SourcePath(sourceId) + "/timers/" + Id(timerId) + "/logs", sourceId), pageNum, pageSize,
                MmsJsonContext.Default.ListResponseDtoMmsTimerLogDto, (dto, requestId) => SetupMapper.ToTimerLog(dto, timerId, requestId), cancellationToken);
    }
}
