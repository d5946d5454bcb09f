namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// Progress by database: a bar for tables (done green, failed red) and one for bytes per database. A run over
    /// many databases shows the largest first and lists every database in a table behind a &lt;details&gt;.
    /// </summary>
    internal static class DatabaseChart
    {
        /// <summary>Bars drawn at most: beyond this the picture stops being readable.</summary>
        public const int BarsShown = 30;

        public static void Write(HtmlWriter page, ReportContext context)
        {
            List<DatabaseProgress> databases = DatabaseProgress.Of(context.Run);
            page.Markup("<section><h2>Progress by database <small>").Markup(ReportFormat.Count(databases.Count))
                .Markup(databases.Count == 1 ? " database" : " databases").Markup("</small></h2>");
            if (databases.Count == 0)
            {
                page.Markup("<p class=\"empty\">The run has no jobs yet.</p></section>");
                return;
            }
            page.Markup("<div class=\"panel\"><div class=\"legend\"><span><span class=\"key k-done\"></span>tables done</span>")
                .Markup("<span><span class=\"key k-fail\"></span>tables failed</span><span><span class=\"key k-run\"></span>bytes done</span>")
                .Markup("<span><span class=\"key k-wait\"></span>still to do</span></div>");
            IEnumerable<DatabaseProgress> shown = databases.Count <= BarsShown
                ? databases
                : databases.OrderByDescending(d => d.BytesPlanned).ThenByDescending(d => d.TablesPlanned).Take(BarsShown);
            foreach (DatabaseProgress database in shown)
            {
                WriteBars(page, database);
            }
            page.Markup("</div>");
            if (databases.Count > BarsShown)
            {
                page.Markup("<p class=\"note\">The ").Markup(BarsShown.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Markup(" largest databases are drawn.</p><details><summary>All ").Markup(ReportFormat.Count(databases.Count))
                    .Markup(" databases</summary>");
                WriteTable(page, databases);
                page.Markup("</details>");
            }
            page.Markup("</section>");
        }

        private static void WriteBars(HtmlWriter page, DatabaseProgress database)
        {
            page.Markup("<div class=\"db\"><div class=\"db-name\">").Text(database.DbName);
            if (database.Projects.Count > 0)
            {
                page.Markup("<small>→ ").Text(string.Join(", ", database.Projects)).Markup("</small>");
            }
            page.Markup("</div><div class=\"row\"><span class=\"what\">tables</span>");
            SvgCharts.Bar(page, database.TablesDone, database.TablesFailed, database.TablesPlanned, TablesText(database));
            page.Markup("<span class=\"nums\">").Markup(TablesText(database)).Markup("</span></div>");
            page.Markup("<div class=\"row\"><span class=\"what\">bytes</span>");
            SvgCharts.Bar(page, database.BytesDone, 0, database.BytesPlanned, BytesText(database), bytes: true);
            page.Markup("<span class=\"nums\">").Markup(BytesText(database)).Markup("</span></div></div>");
        }

        private static void WriteTable(HtmlWriter page, List<DatabaseProgress> databases)
        {
            page.Markup("<div class=\"tablewrap\"><table class=\"stack\"><thead><tr><th>Database</th><th>Project</th><th>Tables done</th>")
                .Markup("<th>Failed</th><th>Bytes done</th></tr></thead><tbody>");
            foreach (DatabaseProgress database in databases)
            {
                page.Markup("<tr><td class=\"name\">").Text(database.DbName).Markup("</td><td data-label=\"Project\">")
                    .Text(string.Join(", ", database.Projects)).Markup("</td><td class=\"n\" data-label=\"Tables\">")
                    .Markup(ReportFormat.Count((long)database.TablesDone)).Markup(" / ").Markup(ReportFormat.Count(database.TablesPlanned))
                    .Markup("</td><td class=\"n\" data-label=\"Failed\">").Markup(ReportFormat.Count(database.TablesFailed))
                    .Markup("</td><td class=\"n\" data-label=\"Bytes\">").Markup(BytesText(database)).Markup("</td></tr>");
            }
            page.Markup("</tbody></table></div>");
        }

        private static string TablesText(DatabaseProgress database) =>
            ReportFormat.Count((long)database.TablesDone) + " / " + ReportFormat.Count(database.TablesPlanned) +
            (database.TablesFailed > 0 ? " · " + ReportFormat.Count(database.TablesFailed) + " failed" : "");

        private static string BytesText(DatabaseProgress database) =>
            ReportFormat.Bytes((long)database.BytesDone) + " / " + ReportFormat.Bytes(database.BytesPlanned);
    }
}
