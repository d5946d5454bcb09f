using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>The numbers first: tables, bytes, time taken and (while the run is live) the time left.</summary>
    internal static class HeadlineCards
    {
        public static void Write(HtmlWriter page, ReportContext context)
        {
            MmsMigrationRun run = context.Run;
            page.Markup("<section class=\"cards\" aria-label=\"Headline\">");

            page.Markup("<div class=\"card\"><h3>Tables</h3><div class=\"split\">");
            SvgCharts.Ring(page, run.TablesDone, run.TablesFailed, run.TablesPlanned,
                ReportFormat.Count(run.TablesDone) + " of " + ReportFormat.Count(run.TablesPlanned) + " tables done, " + ReportFormat.Count(run.TablesFailed) + " failed");
            page.Markup("<div><div class=\"big\">").Markup(ReportFormat.Count(run.TablesDone)).Markup("</div><div class=\"sub\">done of ")
                .Markup(ReportFormat.Count(run.TablesPlanned)).Markup(" planned</div><div class=\"sub\"><span class=\"key k-fail\"></span>")
                .Markup(ReportFormat.Count(run.TablesFailed)).Markup(" failed</div></div></div></div>");

            page.Markup("<div class=\"card\"><h3>Data moved</h3><div class=\"big\">").Markup(ReportFormat.Bytes(run.BytesDone))
                .Markup("</div><div class=\"sub\">of ").Markup(ReportFormat.Bytes(run.BytesPlanned)).Markup(" planned");
            if (run.BytesPlanned > 0)
            {
                page.Markup(" · ").Markup(ReportFormat.Percent(run.BytesDone / (double)run.BytesPlanned));
            }
            page.Markup("</div><span class=\"meter\">");
            SvgCharts.Bar(page, run.BytesDone, 0, run.BytesPlanned, ReportFormat.Bytes(run.BytesDone) + " of " + ReportFormat.Bytes(run.BytesPlanned), bytes: true);
            page.Markup("</span></div>");

            page.Markup("<div class=\"card\"><h3>Elapsed</h3><div class=\"big\">")
                .Markup(context.Elapsed.HasValue ? ReportFormat.Duration(context.Elapsed.Value) : "–").Markup("</div><div class=\"sub\">");
            if (run.StartTime.HasValue)
            {
                page.Markup("from ");
                context.WriteTime(page, run.StartTime);
            }
            else
            {
                page.Markup("not started yet");
            }
            page.Markup("</div></div>");

            WriteEndCard(page, context);
            page.Markup("</section>");
        }

        /// <summary>A live run gets the estimate of the time left; an ended run, when it ended.</summary>
        private static void WriteEndCard(HtmlWriter page, ReportContext context)
        {
            if (context.IsLive)
            {
                page.Markup("<div class=\"card\"><h3>Time left</h3><div class=\"big\">");
                if (context.TimeLeft.HasValue)
                {
                    page.Markup("≈ ").Markup(ReportFormat.Duration(context.TimeLeft.Value))
                        .Markup("</div><div class=\"sub\">estimate at the throughput so far</div></div>");
                }
                else
                {
                    page.Markup("–</div><div class=\"sub\">no throughput measured yet</div></div>");
                }
                return;
            }
            page.Markup("<div class=\"card\"><h3>Ended</h3><div class=\"big\"><span class=\"state state-").Markup(StateClass(context.Run.State)).Markup("\">")
                .Text(context.Run.State).Markup("</span></div><div class=\"sub\">");
            context.WriteTime(page, context.EndTime);
            page.Markup("</div></div>");
        }

        /// <summary>A CSS class suffix for the run's state: only the known words, so no outside text reaches a class name.</summary>
        public static string StateClass(string? state)
        {
            switch (state)
            {
                case MmsMigrationRunState.Done: return MmsMigrationRunState.Done;
                case MmsMigrationRunState.Failed: return MmsMigrationRunState.Failed;
                default: return MmsMigrationRunState.Running;
            }
        }
    }
}
