using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The timer operations: scheduled migrations, their runs and their logs.</summary>
    public sealed class TimerApi
    {
        private readonly ApiPipeline _pipeline;
        private readonly TimerStore _timers;

        public TimerApi(ApiPipeline pipeline, TimerStore timers)
        {
            _pipeline = pipeline;
            _timers = timers;
        }

        public Task<IResult> CreateTimerAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "CreateMmsTimer", sourceId, null, (call, source) =>
            {
                TimerRequest? request = RequestBody.Read<TimerRequest>(call, out IResult? error);
                if (request == null)
                {
                    return error!;
                }
                Outcome created = _timers.Create(source.Id, request);
                return created.Code != null ? created.ToResult(call.RequestId) : Answers.Data(call.RequestId, new { timerId = created.Value });
            });

        public Task<IResult> ListTimersAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "ListMmsTimers", sourceId, null, (call, source) =>
            {
                IQueryCollection query = call.Query;
                var timers = _timers.List(source.Id, all =>
                {
                    string? name = query["name"];
                    if (!string.IsNullOrEmpty(name))
                    {
                        all = all.Where(t => t.Name.StartsWith(name, StringComparison.Ordinal));
                    }
                    all = JobFilter.Exact(all, query["srcDbName"], t => t.SrcDbName);
                    string? table = query["srcTableName"];
                    if (!string.IsNullOrEmpty(table))
                    {
                        all = all.Where(t => t.Migrates(table));
                    }
                    return JobFilter.Flag(query["stopped"]) is bool stopped ? all.Where(t => t.Stopped == stopped) : all;
                });
                return Answers.Page(timers, query, call.RequestId);
            });

        public Task<IResult> GetTimerAsync(HttpContext context, string sourceId, string timerId) =>
            _pipeline.RunOnSourceAsync(context, "GetMmsTimer", sourceId, timerId, (call, _) =>
                Answers.DataOrNotFound(call, _timers.Get(call.SourceId, call.Id), ObjectKind.Timer));

        public Task<IResult> UpdateTimerAsync(HttpContext context, string sourceId, string timerId) =>
            _pipeline.RunOnSourceAsync(context, "UpdateMmsTimer", sourceId, timerId, (call, _) =>
            {
                TimerUpdate? update = RequestBody.Read<TimerUpdate>(call, out IResult? error);
                return update == null ? error! : _timers.Update(call.SourceId, call.Id, update).ToResult(call.RequestId);
            });

        public Task<IResult> DeleteTimerAsync(HttpContext context, string sourceId, string timerId) =>
            _pipeline.RunOnSourceAsync(context, "DeleteMmsTimer", sourceId, timerId, (call, _) => _timers.Delete(call.SourceId, call.Id).ToResult(call.RequestId));

        public Task<IResult> TriggerTimerAsync(HttpContext context, string sourceId, string timerId) =>
            _pipeline.RunOnSourceAsync(context, "TriggerMmsTimer", sourceId, timerId, (call, source) => _timers.Trigger(source, call.Id).ToResult(call.RequestId));

        public Task<IResult> ListTimerLogsAsync(HttpContext context, string sourceId, string timerId) =>
            _pipeline.RunOnSourceAsync(context, "ListMmsTimerLogs", sourceId, timerId, (call, _) =>
            {
                var logs = _timers.Logs(call.SourceId, call.Id);
                return logs == null ? ServiceError.NotFound(call, ObjectKind.Timer) : Answers.Page(logs, call.Query, call.RequestId);
            });
    }
}
