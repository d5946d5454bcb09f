using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>What the run is and was started with, and when this report was made (with the time zone).</summary>
    internal static class SettingsSection
    {
        public static void Write(HtmlWriter page, ReportContext context)
        {
            MmsMigrationRun run = context.Run;
            page.Markup("<section><h2>Settings</h2><div class=\"panel\"><dl class=\"settings\">");
            Item(page, "Run", run.Name);
            Item(page, "Data source", run.SourceId.ToString(CultureInfo.InvariantCulture));
            Item(page, "State", run.State);
            if (!string.IsNullOrEmpty(run.StatePath))
            {
                Item(page, "Ledger", run.StatePath);
            }
            foreach (MmsMigrationSetting setting in run.Settings)
            {
                Item(page, setting.Name, setting.Value);
            }
            page.Markup("<dt>Report made</dt><dd>");
            context.WriteTime(page, context.MadeAt);
            page.Markup(" ").Text(ReportFormat.Zone(context.MadeAt, context.Zone)).Markup("</dd></dl></div></section>");
        }

        private static void Item(HtmlWriter page, string name, string? value) =>
            page.Markup("<dt>").Text(name).Markup("</dt><dd>").Text(string.IsNullOrEmpty(value) ? "–" : value).Markup("</dd>");
    }
}
