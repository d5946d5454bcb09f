using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Json
{
    /// <summary>
    /// CreateMmsTimer's JSON body: the schedule plus the shared migration options (inherited, so they sit at the top
    /// level of the body). CreateMmsTimer has no schemaOnly or increment; they stay null and are not written.
    /// </summary>
    public sealed class MmsTimerCreateRequestDto : MmsMigrationOptions
    {
        public string? Name { get; set; }
        public long? SourceId { get; set; }
        public string? SrcDbName { get; set; }
        public string? ScheduleType { get; set; }
        public string? Value { get; set; }
    }
}
