using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// The job side: migration jobs, their tasks and task logs, and asynchronous tasks (job-operations.md 4.1-4.3).
    /// Start/Stop/Retry/Delete and RetryMmsTask are POSTs without a body (signed over the empty payload, no
    /// content-type); DeleteMmsJob is a POST on the job's URL, not a DELETE.
    /// </summary>
    public sealed partial class MmsApiClient
    {
        /// <summary>
        /// CreateMmsJob. The service answers the id of an asynchronous task, not a job: poll it with
        /// <see cref="GetAsyncTaskAsync"/> until it stops running; its ObjectId is then the new job's id.
        /// </summary>
        public async Task<long> CreateJobAsync(long sourceId, MmsJobDefinition job, CancellationToken cancellationToken)
        {
            ApiRequest request = WithBody(HttpMethod.Post, "CreateMmsJob", SourcePath(sourceId) + "/jobs", sourceId,
                MmsJobCreateRequestDto.From(sourceId, job), MmsJsonContext.Default.MmsJobCreateRequestDto);
            return await ExchangeAsync(request, response =>
            {
                long asyncTaskId = ResponseDecoder.Item(response, MmsJsonContext.Default.ItemResponseDtoAsyncTaskIdDto, (dto, _) => dto.AsyncTaskId ?? 0);
                // The service took the request, so the job may exist; the answer just does not say which task makes it.
                return asyncTaskId != 0 ? asyncTaskId : throw new MmsApiException(MmsErrorIds.InvalidResponse, response.HttpStatus,
                    "The answer to CreateMmsJob has no asyncTaskId", response.HeaderRequestId, null);
            }, cancellationToken).ConfigureAwait(false);
        }

        public Task<MmsAsyncTask> GetAsyncTaskAsync(long sourceId, long asyncTaskId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsAsyncTask", SourcePath(sourceId) + "/asyncTasks/" + Id(asyncTaskId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsAsyncTaskDto, JobMapper.ToAsyncTask, asyncTaskId, task => task.AsyncTaskId, "async task",
                cancellationToken);

        /// <summary>One page of ListMmsJobs.</summary>
        public Task<MmsPage<MmsJob>> ListJobsAsync(long sourceId, MmsJobQuery query, int pageNum, int pageSize, CancellationToken cancellationToken) =>
            GetPageAsync(new ApiRequest("ListMmsJobs", SourcePath(sourceId) + "/jobs", sourceId, query.ToQuery()), pageNum, pageSize,
                MmsJsonContext.Default.ListResponseDtoMmsJobDto, JobMapper.ToJob, cancellationToken);

        public Task<MmsJob> GetJobAsync(long sourceId, long jobId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsJob", JobPath(sourceId, jobId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsJobDto, JobMapper.ToJob, jobId, job => job.JobId, "job", cancellationToken);

        /// <summary>StartMmsJob: starts an INIT job or resumes a stopped one. Answers the job id.</summary>
        public Task<long> StartJobAsync(long sourceId, long jobId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Post, "StartMmsJob", JobPath(sourceId, jobId) + "/start", sourceId), cancellationToken);

        /// <summary>StopMmsJob: the job stops at its next step (watch GetMmsJob's stopped). Answers the job id.</summary>
        public Task<long> StopJobAsync(long sourceId, long jobId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Post, "StopMmsJob", JobPath(sourceId, jobId) + "/stop", sourceId), cancellationToken);

        /// <summary>
        /// GetMmsJob right after StopMmsJob: a running job stops at its next step, so one not yet stopped is marked
        /// StopRequested (its State reads STOPPING) rather than shown as if nothing had happened.
        /// </summary>
        public async Task<MmsJob> GetStoppingJobAsync(long sourceId, long jobId, CancellationToken cancellationToken)
        {
            MmsJob job = await GetJobAsync(sourceId, jobId, cancellationToken).ConfigureAwait(false);
            job.StopRequested = !job.Stopped && !job.IsFinished;
            return job;
        }

        /// <summary>RetryMmsJob: runs the job's failed tasks again. Answers the job id.</summary>
        public Task<long> RetryJobAsync(long sourceId, long jobId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Post, "RetryMmsJob", JobPath(sourceId, jobId) + "/retry", sourceId), cancellationToken);

        /// <summary>DeleteMmsJob: a POST on the job's URL (every SDK and the docs agree), not a DELETE.</summary>
        public Task<long> DeleteJobAsync(long sourceId, long jobId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Post, "DeleteMmsJob", JobPath(sourceId, jobId), sourceId), cancellationToken);

        /// <summary>One page of ListMmsTasks.</summary>
        public Task<MmsPage<MmsTask>> ListTasksAsync(long sourceId, MmsTaskQuery query, int pageNum, int pageSize, CancellationToken cancellationToken) =>
            GetPageAsync(new ApiRequest("ListMmsTasks", SourcePath(sourceId) + "/tasks", sourceId, query.ToQuery()), pageNum, pageSize,
                MmsJsonContext.Default.ListResponseDtoMmsTaskDto, JobMapper.ToTask, cancellationToken);

        public Task<MmsTask> GetTaskAsync(long sourceId, long taskId, CancellationToken cancellationToken) =>
            GetItemAsync(new ApiRequest("GetMmsTask", TaskPath(sourceId, taskId), sourceId),
                MmsJsonContext.Default.ItemResponseDtoMmsTaskDto, JobMapper.ToTask, taskId, task => task.TaskId, "task", cancellationToken);

        /// <summary>
        /// ListMmsTaskLogs: the log entries of a task, oldest first (the one list without paging), as the service answered:
        /// an entry that names another task is kept with that TaskId, so the caller can leave it out and say so.
        /// </summary>
        public Task<MmsTaskLog[]> ListTaskLogsAsync(long sourceId, long taskId, CancellationToken cancellationToken) =>
            GetArrayAsync(new ApiRequest("ListMmsTaskLogs", TaskPath(sourceId, taskId) + "/logs", sourceId),
                MmsJsonContext.Default.ArrayResponseDtoMmsTaskLogDto, (dto, requestId) => JobMapper.ToTaskLog(dto, requestId, sourceId, taskId),
                cancellationToken);

        /// <summary>RetryMmsTask: runs one failed task again. The answer's value has no documented meaning.</summary>
        public Task<long> RetryTaskAsync(long sourceId, long taskId, CancellationToken cancellationToken) =>
            SendCommandAsync(WithoutBody(HttpMethod.Post, "RetryMmsTask", TaskPath(sourceId, taskId) + "/retry", sourceId), cancellationToken);

        private static string JobPath(long sourceId, long jobId) => SourcePath(sourceId) + "/jobs/" + Id(jobId);

        private static string TaskPath(long sourceId, long taskId) => SourcePath(sourceId) + "/tasks/" + Id(taskId);
    }
}
