using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The job-side operations: migration jobs, their tasks and logs, and asynchronous tasks.</summary>
    public sealed class JobApi
    {
        private readonly ApiPipeline _pipeline;
        private readonly JobStore _jobs;

        public JobApi(ApiPipeline pipeline, JobStore jobs)
        {
            _pipeline = pipeline;
            _jobs = jobs;
        }

        public Task<IResult> CreateJobAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "CreateMmsJob", sourceId, null, (call, source) =>
            {
                JobRequest? request = RequestBody.Read<JobRequest>(call, out IResult? error);
                return request == null ? error! : Answers.Data(call.RequestId, new { asyncTaskId = _jobs.CreateJob(source, request) });
            });

        public Task<IResult> GetAsyncTaskAsync(HttpContext context, string sourceId, string asyncTaskId) =>
            _pipeline.RunOnSourceAsync(context, "GetMmsAsyncTask", sourceId, asyncTaskId, (call, _) =>
            {
                AsyncTaskView? task = _jobs.GetAsyncTask(call.SourceId, call.Id);
                if (task == null)
                {
                    return ServiceError.NotFound(call, ObjectKind.AsyncTask);
                }
                if (!task.Running && task.ObjectId != 0 && call.Context.Items[ApiPipeline.DoneWithErrorKey] is string message)
                {
                    // Seen from the service: a task that made its object and still reports an error beside it.
                    task = task with { Status = "DONE", ErrorMsg = message };
                }
                return Answers.Data(call.RequestId, task);
            });

        public Task<IResult> ListJobsAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "ListMmsJobs", sourceId, null, (call, _) =>
                Answers.Page(_jobs.ListJobs(call.SourceId, jobs => JobFilter.Apply(jobs, call.Query)).Select(job => Faulted(context, job)).ToList(),
                    call.Query, call.RequestId));

        public Task<IResult> GetJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunOnSourceAsync(context, "GetMmsJob", sourceId, jobId, (call, _) =>
                Answers.DataOrNotFound(call, _jobs.GetJob(call.SourceId, call.Id) is JobView job ? Faulted(context, job) : null, ObjectKind.Job));

        /// <summary>The job as the jobstate fault reports it: with a status the documentation does not list.</summary>
        private static JobView Faulted(HttpContext context, JobView job) =>
            context.Items.TryGetValue(ApiPipeline.JobStateKey, out object? state) && state is string status ? job with { Status = status } : job;

        public Task<IResult> StartJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunOnSourceAsync(context, "StartMmsJob", sourceId, jobId, (call, _) => _jobs.Start(call.SourceId, call.Id).ToResult(call.RequestId));

        public Task<IResult> StopJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunOnSourceAsync(context, "StopMmsJob", sourceId, jobId, (call, _) => _jobs.Stop(call.SourceId, call.Id).ToResult(call.RequestId));

        public Task<IResult> RetryJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunOnSourceAsync(context, "RetryMmsJob", sourceId, jobId, (call, _) => _jobs.Retry(call.SourceId, call.Id).ToResult(call.RequestId));

        public Task<IResult> DeleteJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunOnSourceAsync(context, "DeleteMmsJob", sourceId, jobId, (call, _) => _jobs.Delete(call.SourceId, call.Id).ToResult(call.RequestId));

        public Task<IResult> ListTasksAsync(HttpContext context, string sourceId) =>
            _pipeline.RunOnSourceAsync(context, "ListMmsTasks", sourceId, null, (call, _) =>
                Answers.Page(_jobs.ListTasks(call.SourceId, tasks => TaskFilter.Apply(tasks, call.Query)), call.Query, call.RequestId));

        public Task<IResult> GetTaskAsync(HttpContext context, string sourceId, string taskId) =>
            _pipeline.RunOnSourceAsync(context, "GetMmsTask", sourceId, taskId, (call, _) =>
                Answers.DataOrNotFound(call, _jobs.GetTask(call.SourceId, call.Id), ObjectKind.Task));

        /// <summary>The one list without paging: data is a bare array.</summary>
        public Task<IResult> ListTaskLogsAsync(HttpContext context, string sourceId, string taskId) =>
            _pipeline.RunOnSourceAsync(context, "ListMmsTaskLogs", sourceId, taskId, (call, _) =>
                Answers.DataOrNotFound(call, _jobs.TaskLogs(call.SourceId, call.Id)?.ToArray(), ObjectKind.Task));

        public Task<IResult> RetryTaskAsync(HttpContext context, string sourceId, string taskId) =>
            _pipeline.RunOnSourceAsync(context, "RetryMmsTask", sourceId, taskId, (call, _) => _jobs.RetryTask(call.SourceId, call.Id).ToResult(call.RequestId));
    }
}
