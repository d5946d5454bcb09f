using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Schedules a migration (CreateMmsTimer) and writes the new timer as GetMmsTimer reads it back.</summary>
    /// <remarks>
    /// The migration options are New-MmsJob's, less those CreateMmsTimer does not take (destination, task type,
    /// schema-only, increment): the shared MmsMigrationOptions carries them.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "MmsTimer", DefaultParameterSetName = DailySet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class NewMmsTimerCommand : MmsCmdlet
    {
        private const string DailySet = "Daily";
        private const string HourlySet = "Hourly";

        [Parameter(Mandatory = true, Position = 0)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DbNameCompleter))]
        public string DbName { get; set; } = string.Empty;

        /// <summary>Table names of -DbName; none migrates the whole database.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TableNameCompleter))]
        public string[]? Table { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = DailySet)]
        [ValidateSchedule(TimerSchedule.Daily)]
        public string? Daily { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = HourlySet)]
        [ValidateSchedule(TimerSchedule.Hourly)]
        public string? Hourly { get; set; }

        /// <summary>MMA partition ids (from Get-MmsTablePartition) to migrate.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [WholeId]
        public long[]? PartitionId { get; set; }

        /// <summary>Table name → partition filter expression.</summary>
        [Parameter]
        [ValidateNotNull]
        [ValidateSendableHashtable]
        public Hashtable? PartitionFilter { get; set; }

        /// <summary>Source table name → destination table name.</summary>
        [Parameter]
        [ValidateNotNull]
        [ValidateSendableHashtable]
        public Hashtable? TableMapping { get; set; }

        [Parameter]
        public SwitchParameter EnableVerification { get; set; }

        protected override void ProcessRecord()
        {
            bool daily = ParameterSetName == DailySet;
            string scheduleType = daily ? TimerSchedule.Daily : TimerSchedule.Hourly;
            string value = (daily ? TimerSchedule.NormalizeDaily(Daily) : TimerSchedule.NormalizeHourly(Hourly))!;
            var options = new MmsMigrationOptions
            {
                Tables = Table,
                Partitions = PartitionId,
                PartitionFilters = Hashtables.ToStringMap(PartitionFilter),
                TableMapping = Hashtables.ToStringMap(TableMapping),
                EnableVerification = BoundValue(nameof(EnableVerification), EnableVerification.IsPresent),
            };
            long sourceId = SourceId;
            string name = Name;
            string dbName = DbName;
            var reference = new MmsNewTimerReference(sourceId, name);
            string scope = Table == null ? "database " + dbName : "database " + dbName + ", tables " + string.Join(", ", Table);
            if (!this.ShouldChange("source " + sourceId + ", " + scope, "Create timer '" + name + "' (" + scheduleType + " " + value + ")"))
            {
                return;
            }
            long timerId;
            try
            {
                timerId = AwaitOnPipeline(token => Client.CreateTimerAsync(sourceId, name, dbName, scheduleType, value, options, token));
            }
            catch (MmsApiException e)
            {
                WriteError(ErrorRecords.FromApiError(e, reference));
                return;
            }
            var made = new MmsTimerReference(sourceId, timerId);
            QueueRequest(token => ReadAfterAsync(AcceptedChange.Created(made, "Timer " + timerId + " '" + name + "' of source " + sourceId),
                () => Client.GetTimerAsync(sourceId, timerId, token)), made, timer => WriteObject(timer));
        }
    }
}
