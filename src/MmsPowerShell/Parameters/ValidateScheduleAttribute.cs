using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>Checks -Daily (HH:mm) or -Hourly (mm) while the parameters bind, so a bad schedule never reaches the service.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateScheduleAttribute : ValidateArgumentsAttribute
    {
        public ValidateScheduleAttribute(string scheduleType)
        {
            ScheduleType = scheduleType;
        }

        /// <summary>Daily or Hourly.</summary>
        public string ScheduleType { get; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            string? text = (arguments as PSObject)?.BaseObject as string ?? arguments as string;
            bool daily = ScheduleType == TimerSchedule.Daily;
            string? normalized = daily ? TimerSchedule.NormalizeDaily(text) : TimerSchedule.NormalizeHourly(text);
            if (normalized == null)
            {
                // The user's own text, shown the way service text is: a control character cannot forge a line of the message.
                string shown = ServiceText.Sanitize(text ?? string.Empty);
                throw new ValidationMetadataException(daily
                    ? "'" + shown + "' is not a time of day: -Daily takes HH:mm in the digits 0-9, from 00:00 to 23:59 (e.g. 02:30)."
                    : "'" + shown + "' is not a minute: -Hourly takes mm in the digits 0-9, from 00 to 59 (e.g. 15 runs at a quarter past every hour).");
            }
        }
    }
}
