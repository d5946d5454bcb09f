using System.Reflection;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The migration report: one self-contained HTML page for people who never open a terminal. Headline numbers first,
    /// then progress by database, the jobs, the failed tables with their log lines and retry commands, and the run's
    /// settings. No script, nothing fetched (styles and pictures are inline), and a Content-Security-Policy that says so
    /// to the browser as well.
    /// </summary>
    public static class MigrationReport
    {
        /// <param name="run">The run to draw.</param>
        /// <param name="madeAt">When the report is made: the "now" of a live run's elapsed time and estimate.</param>
        /// <param name="zone">The time zone the page writes its times in (it names the zone next to them).</param>
        public static string Render(MmsMigrationRun run, DateTimeOffset madeAt, TimeZoneInfo zone)
        {
            if (run == null)
            {
                throw new ArgumentNullException(nameof(run));
            }
            var context = new ReportContext(run, madeAt, zone ?? throw new ArgumentNullException(nameof(zone)));
            var page = new HtmlWriter();
            page.Markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .Markup("<meta http-equiv=\"Content-Security-Policy\" content=\"").Markup(ReportStyle.ContentSecurityPolicy).Markup("\">")
                .Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
                .Markup("<meta name=\"generator\" content=\"MmsPowerShell Export-MmsMigrationReport\">")
                .Markup("<title>Migration report: ").Text(Title(run)).Markup("</title><style>").Markup(ReportStyle.Css).Markup("</style></head><body>");
            WriteHeader(page, context);
            page.Markup("<main>");
            HeadlineCards.Write(page, context);
            DatabaseChart.Write(page, context);
            JobsSection.Write(page, context);
            FailedTablesSection.Write(page, context);
            SettingsSection.Write(page, context);
            page.Markup("</main><footer>Made by Export-MmsMigrationReport (MmsPowerShell ").Markup(ModuleVersion)
                .Markup(") from the run as the service and its ledger had it at ");
            context.WriteTime(page, madeAt);
            page.Markup(" ").Text(ReportFormat.Zone(madeAt, zone)).Markup(".</footer></body></html>\n");
            return page.ToString();
        }

        private static void WriteHeader(HtmlWriter page, ReportContext context)
        {
            MmsMigrationRun run = context.Run;
            page.Markup("<header><p class=\"kicker\">MaxCompute migration report</p><h1>").Text(Title(run))
                .Markup("<span class=\"state state-").Markup(HeadlineCards.StateClass(run.State)).Markup("\">").Text(run.State).Markup("</span></h1>")
                .Markup("<p class=\"meta\">Data source ").Markup(run.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Markup(" · report made ");
            context.WriteTime(page, context.MadeAt);
            page.Markup(" ").Text(ReportFormat.Zone(context.MadeAt, context.Zone)).Markup("</p></header>");
        }

        /// <summary>The run's name; a report of every job of a data source (no run name) says so instead.</summary>
        private static string Title(MmsMigrationRun run) =>
            string.IsNullOrEmpty(run.Name) ? "All jobs of data source " + run.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture) : run.Name;

        /// <summary>Major.minor.build of this assembly, which the build keeps equal to the module's version.</summary>
        private static string ModuleVersion
        {
            get
            {
                Version? version = typeof(MigrationReport).GetTypeInfo().Assembly.GetName().Version;
                return version == null ? "" : version.ToString(3);
            }
        }
    }
}
