using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The failed tables, each with the last log line of its failed task (the service's words, shown as text) and the
    /// command that retries it; one command above them retries them all.
    /// </summary>
    internal static class FailedTablesSection
    {
        /// <summary>Failed tables whose ids the all-in-one retry command shows unfolded.</summary>
        private const int RetryAllShown = 20;

        public static void Write(HtmlWriter page, ReportContext context)
        {
            IReadOnlyList<MmsMigrationFailedTable> failed = context.Run.FailedTables;
            page.Markup("<section><h2>Failed tables <small>").Markup(ReportFormat.Count(failed.Count)).Markup("</small></h2>");
            if (failed.Count == 0)
            {
                page.Markup("<p class=\"empty\">No table has failed.</p></section>");
                return;
            }
            WriteRetryAll(page, context, failed);
            if (failed.Count <= ReportContext.RowsShown)
            {
                WriteTable(page, context, failed);
                page.Markup("</section>");
                return;
            }
            page.Markup("<p class=\"note\">The first ").Markup(ReportFormat.Count(ReportContext.RowsShown)).Markup(" of ")
                .Markup(ReportFormat.Count(failed.Count)).Markup(":</p>");
            WriteTable(page, context, failed.Take(ReportContext.RowsShown).ToList());
            page.Markup("<details><summary>All ").Markup(ReportFormat.Count(failed.Count)).Markup(" failed tables</summary>");
            WriteTable(page, context, failed);
            page.Markup("</details></section>");
        }

        private static void WriteTable(HtmlWriter page, ReportContext context, IReadOnlyList<MmsMigrationFailedTable> tables)
        {
            page.Markup("<div class=\"tablewrap\"><table class=\"stack\"><thead><tr><th>Table</th><th>Status</th><th>Last log line and retry</th></tr></thead><tbody>");
            foreach (MmsMigrationFailedTable table in tables)
            {
                page.Markup("<tr><td class=\"name\">").Text(table.DbName).Markup(".").Text(table.TableName)
                    .Markup("</td><td data-label=\"Status\">");
                JobsSection.WriteBadge(page, table.Status, "");
                page.Markup("</td><td><div class=\"log\">").Text(string.IsNullOrEmpty(table.Message) ? "(the task wrote no log line)" : table.Message)
                    .Markup("</div><code>").Text(RetryCommand.For(table, context.Run.SourceId) ?? "(job and task unknown)").Markup("</code></td></tr>");
            }
            page.Markup("</tbody></table></div>");
        }

        /// <summary>One command for every failed table; past a screenful of ids it folds away behind a &lt;details&gt;.</summary>
        private static void WriteRetryAll(HtmlWriter page, ReportContext context, IReadOnlyList<MmsMigrationFailedTable> failed)
        {
            bool fold = failed.Count > RetryAllShown;
            page.Markup(fold ? "<details><summary>One command that retries all " + ReportFormat.Count(failed.Count) + " failed tables</summary>"
                : "<p class=\"note\">Fix the cause the log names, then retry " + (failed.Count == 1 ? "it" : "them all") + ":</p>");
            foreach (string command in RetryCommand.ForAll(failed, context.Run.SourceId))
            {
                page.Markup("<code class=\"cmd\">").Text(command).Markup("</code>");
            }
            page.Markup(fold ? "</details>" : "");
        }
    }
}
