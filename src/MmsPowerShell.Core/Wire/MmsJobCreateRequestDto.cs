using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Json
{
    /// <summary>
    /// CreateMmsJob's JSON body: the job's own fields plus the shared migration options (inherited, so they sit at
    /// the top level of the body, where the service expects them). Fields left null are not written.
    /// </summary>
    public sealed class MmsJobCreateRequestDto : MmsMigrationOptions
    {
        public long? SourceId { get; set; }
        public string? Name { get; set; }
        public string? SrcDbName { get; set; }
        public string? SrcSchemaName { get; set; }
        public string? DstDbName { get; set; }
        public string? DstSchemaName { get; set; }
        public string? TaskType { get; set; }

        public static MmsJobCreateRequestDto From(long sourceId, MmsJobDefinition job)
        {
            var body = new MmsJobCreateRequestDto
            {
                SourceId = sourceId,
                Name = job.Name,
                SrcDbName = job.SrcDbName,
                SrcSchemaName = job.SrcSchemaName,
                DstDbName = job.DstDbName,
                DstSchemaName = job.DstSchemaName,
                TaskType = job.TaskType,
            };
            job.Options.CopyTo(body);
            return body;
        }
    }
}
