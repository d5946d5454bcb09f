using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>What every section of the report reads: the run, when the report is made and the time zone it speaks.</summary>
    internal sealed class ReportContext
    {
        /// <summary>Rows a section shows before it summarises: the full list then goes behind a &lt;details&gt;.</summary>
        public const int RowsShown = 50;

        public ReportContext(MmsMigrationRun run, DateTimeOffset madeAt, TimeZoneInfo zone)
        {
            Run = run;
            MadeAt = madeAt;
            Zone = zone;
        }

        public MmsMigrationRun Run { get; }

        public DateTimeOffset MadeAt { get; }

        public TimeZoneInfo Zone { get; }

        public bool IsLive => string.Equals(Run.State, MmsMigrationRunState.Running, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// When the run ended: its own end time, else (a run read from the service, which keeps no end for a run) the last
        /// end of its jobs; null while it is live.
        /// </summary>
        public DateTimeOffset? EndTime => IsLive ? null : Run.EndTime ?? Run.Jobs.Max(job => job.EndTime);

        /// <summary>From the start to the end, or to now while the run is live; null before it started.</summary>
        public TimeSpan? Elapsed =>
            Run.StartTime.HasValue ? (EndTime ?? MadeAt) - Run.StartTime.Value : (TimeSpan?)null;

        /// <summary>
        /// The time left at the throughput so far (bytes when the run knows them, else tables), for a live run that
        /// has done some but not all of its work; null when there is nothing to measure from.
        /// </summary>
        public TimeSpan? TimeLeft
        {
            get
            {
                if (!IsLive || !Elapsed.HasValue || Elapsed.Value <= TimeSpan.Zero)
                {
                    return null;
                }
                double done = Run.BytesPlanned > 0 ? Run.BytesDone : Run.TablesDone;
                double planned = Run.BytesPlanned > 0 ? Run.BytesPlanned : Run.TablesPlanned;
                if (done <= 0 || done >= planned)
                {
                    return null;
                }
                double seconds = Elapsed.Value.TotalSeconds * (planned - done) / done;
                return seconds > TimeSpan.MaxValue.TotalSeconds / 2 ? (TimeSpan?)null : TimeSpan.FromSeconds(seconds);
            }
        }

        /// <summary>A time in the report's zone, inside a &lt;time&gt; element that keeps the exact instant; a dash when unknown.</summary>
        public void WriteTime(HtmlWriter page, DateTimeOffset? time)
        {
            if (!time.HasValue)
            {
                page.Markup("<span class=\"note\">–</span>");
                return;
            }
            page.Markup("<time datetime=\"").Markup(ReportFormat.IsoTime(time.Value)).Markup("\">")
                .Markup(ReportFormat.Time(time.Value, Zone)).Markup("</time>");
        }
    }
}
