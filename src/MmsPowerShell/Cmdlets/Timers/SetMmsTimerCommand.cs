using System.Management.Automation;
using MmsPowerShell.Core.Errors;
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
            if (ParameterSetName == StateSet && !MyInvocation.BoundParameters.ContainsKey(nameof(Stopped)))
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.NothingToChange,
                    "Nothing to change: give -Daily, -Hourly or -Stopped.", null));
            }
        }

        private protected override void ProcessTimers()
        {
            string? scheduleType = ParameterSetName == DailySet ? TimerSchedule.Daily : ParameterSetName == HourlySet ? TimerSchedule.Hourly : null;
            string? value = ParameterSetName == DailySet ? TimerSchedule.NormalizeDaily(Daily) : ParameterSetName == HourlySet ? TimerSchedule.NormalizeHourly(Hourly) : null;
            bool? stopped = BoundValue(nameof(Stopped), Stopped.IsPresent);
            var changes = new ChangeList().Add("Schedule", scheduleType == null ? null : scheduleType + " " + value)
                .Add("Stopped", stopped.HasValue ? (stopped.Value ? "true" : "false") : null);
            Update(scheduleType, value, stopped, "Set " + changes, PassThru);
        }
    }
}
