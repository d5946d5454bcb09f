namespace MmsPowerShell.Core.Json
{
    /// <summary>CreateMmsJob's data: the id of the asynchronous task that creates the job, not the job's id.</summary>
    public sealed class AsyncTaskIdDto
    {
        public long? AsyncTaskId { get; set; }
    }
}
