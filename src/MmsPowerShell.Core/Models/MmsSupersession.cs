namespace MmsPowerShell.Core.Models
{
    /// <summary>A failed task's table that a later job migrated since: retrying the failed task would migrate it again.</summary>
    public sealed class MmsSupersession
    {
        public MmsSupersession(MmsTask failedTask, MmsTask laterTask)
        {
            TableName = failedTask.SrcTableName;
            FailedTaskId = failedTask.TaskId;
            JobId = laterTask.JobId;
            JobName = laterTask.JobName;
            TaskId = laterTask.TaskId;
            DestinationProject = laterTask.DstDbName;
        }

        public string? TableName { get; }

        public long FailedTaskId { get; }

        /// <summary>The later job that migrated the table.</summary>
        public long JobId { get; }

        public string? JobName { get; }

        public long TaskId { get; }

        /// <summary>Where the later job put the table.</summary>
        public string? DestinationProject { get; }

        public override string ToString() => TableName + " by job " + JobId + (DestinationProject == null ? string.Empty : " into " + DestinationProject);
    }
}
