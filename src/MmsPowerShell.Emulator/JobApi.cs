using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The job-side operations: migration jobs, their tasks and logs, and asynchronous tasks.</summary>
    public sealed class JobApi
    {
        private readonly ApiPipeline _pipeline;
        private readonly DemoCatalog _catalog;
        private readonly JobStore _jobs;

        public JobApi(ApiPipeline pipeline, DemoCatalog catalog, JobStore jobs)
        {
            _pipeline = pipeline;
            _catalog = catalog;
            _jobs = jobs;
        }

        public Task<IResult> CreateJobAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "CreateMmsJob", sourceId, null, call => WithSource(call, source =>
            {
                JobRequest? request = RequestBody.Read<JobRequest>(call, out IResult? error);
                return request == null ? error! : Answers.Data(call.RequestId, new { asyncTaskId = _jobs.CreateJob(source, request) });
            }));

        public Task<IResult> GetAsyncTaskAsync(HttpContext context, string sourceId, string asyncTaskId) =>
            _pipeline.RunAsync(context, "GetMmsAsyncTask", sourceId, asyncTaskId, call => WithSource(call, _ =>
            {
                AsyncTaskView? task = _jobs.GetAsyncTask(call.SourceId, call.Id);
                return task == null ? ServiceError.NotFound(call.RequestId, "Async task not found: source " + call.SourceId + " task " + call.Id) : Answers.Data(call.RequestId, task);
            }));

        public Task<IResult> ListJobsAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "ListMmsJobs", sourceId, null, call => WithSource(call, _ =>
                Answers.Page(_jobs.ListJobs(call.SourceId, jobs => JobFilter.Apply(jobs, call.Query)), call.Query, call.RequestId)));

        public Task<IResult> GetJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunAsync(context, "GetMmsJob", sourceId, jobId, call => WithSource(call, _ =>
            {
                JobView? job = _jobs.GetJob(call.SourceId, call.Id);
                return job == null ? ServiceError.NotFound(call.RequestId, "Job not found: source " + call.SourceId + " job " + call.Id) : Answers.Data(call.RequestId, job);
            }));

        public Task<IResult> StartJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunAsync(context, "StartMmsJob", sourceId, jobId, call => WithSource(call, _ => _jobs.Start(call.SourceId, call.Id).ToResult(call.RequestId)));

        public Task<IResult> StopJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunAsync(context, "StopMmsJob", sourceId, jobId, call => WithSource(call, _ => _jobs.Stop(call.SourceId, call.Id).ToResult(call.RequestId)));

        public Task<IResult> RetryJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunAsync(context, "RetryMmsJob", sourceId, jobId, call => WithSource(call, _ => _jobs.Retry(call.SourceId, call.Id).ToResult(call.RequestId)));

        public Task<IResult> DeleteJobAsync(HttpContext context, string sourceId, string jobId) =>
            _pipeline.RunAsync(context, "DeleteMmsJob", sourceId, jobId, call => WithSource(call, _ => _jobs.Delete(call.SourceId, call.Id).ToResult(call.RequestId)));

        public Task<IResult> ListTasksAsync(HttpContext context, string sourceId) =>
            _pipeline.RunAsync(context, "ListMmsTasks", sourceId, null, call => WithSource(call, _ =>
                Answers.Page(_jobs.ListTasks(call.SourceId, tasks => TaskFilter.Apply(tasks, call.Query)), call.Query, call.RequestId)));

        public Task<IResult> GetTaskAsync(HttpContext context, string sourceId, string taskId) =>
            _pipeline.RunAsync(context, "GetMmsTask", sourceId, taskId, call => WithSource(call, _ =>
            {
                TaskView? task = _jobs.GetTask(call.SourceId, call.Id);
                return task == null ? TaskNotFound(call) : Answers.Data(call.RequestId, task);
            }));

        /// <summary>The one list without paging: data is a bare array.</summary>
        public Task<IResult> ListTaskLogsAsync(HttpContext context, string sourceId, string taskId) =>
            _pipeline.RunAsync(context, "ListMmsTaskLogs", sourceId, taskId, call => WithSource(call, _ =>
            {
                var logs = _jobs.TaskLogs(call.SourceId, call.Id);
                return logs == null ? TaskNotFound(call) : Answers.Data(call.RequestId, logs.ToArray());
            }));

        public Task<IResult> RetryTaskAsync(HttpContext context, string sourceId, string taskId) =>
            _pipeline.RunAsync(context, "RetryMmsTask", sourceId, taskId, call => WithSource(call, _ => _jobs.RetryTask(call.SourceId, call.Id).ToResult(call.RequestId)));

        private static IResult TaskNotFound(ApiCall call) => ServiceError.NotFound(call.RequestId, "Task not found: source " + call.SourceId + " task " + call.Id);

        /// <summary>Every operation here is under a data source: an unknown one is not found, like on the read side.</summary>
        private IResult WithSource(ApiCall call, System.Func<DemoDataSource, IResult> answer)
        {
            DemoDataSource? source = _catalog.FindSource(call.SourceId);
            return source == null ? ServiceError.NotFound(call.RequestId, "Data source not found: " + call.SourceId) : answer(source);
        }
    }
}
