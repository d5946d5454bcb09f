using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Changes a timer's schedule, or stops or resumes it (UpdateMmsTimer).</summary>
    [Cmdlet(VerbsCommon.Set, "MmsTimer", DefaultParameterSetName = StateSet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTimer))]
    public sealed class SetMmsTimerCommand : MmsTimerCmdlet
    {
        private const string StateSet = "State";
        private const string DailySet = "Daily";
        private const string HourlySet = "Hourly";

        // -SourceId and -TimerId again, in this cmdlet's own sets rather than the base's ById set.
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = StateSet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = DailySet)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = HourlySet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public new long SourceId { get => base.SourceId; set => base.SourceId = value; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = StateSet)]
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = DailySet)]
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = HourlySet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(TimerIdCompleter))]
        public new long[] TimerId { get => base.TimerId; set => base.TimerId = value; }


        /// <summary>Run every day at this time, HH:mm (00:00 to 23:59).</summary>
        [Parameter(Mandatory = true, ParameterSetName = DailySet)]
        [ValidateSchedule(TimerSchedule.Daily)]
        public string? Daily { get; set; }

        /// <summary>Run every hour at this minute, mm (00 to 59).</summary>
        [Parameter(Mandatory = true, ParameterSetName = HourlySet)]
        [ValidateSchedule(TimerSchedule.Hourly)]
        public string? Hourly { get; set; }

        /// <summary>-Stopped stops the timer, -Stopped:$false resumes it (as Suspend-MmsTimer and Resume-MmsTimer do).</summary>
        [Parameter]
        public SwitchParameter Stopped { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            RequireAnyOf(nameof(Daily), nameof(Hourly), nameof(Stopped));
        }

        private protected override string ActionName =>
            "Set " + new ChangeList().Add("Schedule", ScheduleType == null ? null : ScheduleType + " " + ScheduleValue)
                .Add("Stopped", NewStopped.HasValue ? (NewStopped.Value ? "true" : "false") : null);

        private protected override bool ReadBack => PassThru;

        private string? ScheduleType => ParameterSetName == DailySet ? TimerSchedule.Daily : ParameterSetName == HourlySet ? TimerSchedule.Hourly : null;

        private string? ScheduleValue =>
            ParameterSetName == DailySet ? TimerSchedule.NormalizeDaily(Daily) : ParameterSetName == HourlySet ? TimerSchedule.NormalizeHourly(Hourly) : null;

        private bool? NewStopped => BoundValue(nameof(Stopped), Stopped.IsPresent);

        private protected override Task<long> SendAsync(MmsTimerReference timer, CancellationToken token) =>
            Client.UpdateTimerAsync(timer.SourceId, timer.TimerId, ScheduleType, ScheduleValue, NewStopped, token);
    }
}
