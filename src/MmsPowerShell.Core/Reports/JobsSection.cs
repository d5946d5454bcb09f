using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The run's jobs: name, database → project, status, attempts, tasks done of total, start and end. Up to
    /// <see cref="ReportContext.RowsShown"/> jobs are listed as they are; a larger run shows counts by status and the
    /// jobs that are not done (failed first), with every job behind a &lt;details&gt;.
    /// </summary>
    internal static class JobsSection
    {
        /// <summary>The statuses a run's job takes (the run's own words for a job not yet in the service, then the service's), worst first.</summary>
        private static readonly string[] AttentionOrder =
            {
                MmsJobStatus.Failed, MigrationJobStatus.NotCreated, MmsJobStatus.Stopped, MmsJobStatus.Doing, MmsJobStatus.Init,
                MigrationJobStatus.Creating, MigrationJobStatus.Planned,
            };

        public static void Write(HtmlWriter page, ReportContext context)
        {
            IReadOnlyList<MmsMigrationRunJob> jobs = context.Run.Jobs;
            page.Markup("<section><h2>Jobs <small>").Markup(ReportFormat.Count(jobs.Count)).Markup(jobs.Count == 1 ? " job" : " jobs")
                .Markup(" · times in ").Text(ReportFormat.Zone(context.MadeAt, context.Zone)).Markup("</small></h2>");
            if (jobs.Count == 0)
            {
                page.Markup("<p class=\"empty\">No job has been planned or created for this run.</p></section>");
                return;
            }
            if (jobs.Count <= ReportContext.RowsShown)
            {
                WriteTable(page, context, jobs);
                page.Markup("</section>");
                return;
            }
            WriteStatusChips(page, jobs);
            List<MmsMigrationRunJob> open = jobs.Where(job => !IsDone(job.Status)).OrderBy(job => Rank(job.Status)).ToList();
            if (open.Count == 0)
            {
                page.Markup("<p class=\"note\">Every job is done.</p>");
            }
            else
            {
                page.Markup("<p class=\"note\">Jobs that are not done").Markup(open.Count > ReportContext.RowsShown
                    ? ", the first " + ReportContext.RowsShown.ToString(CultureInfo.InvariantCulture) + " of " + ReportFormat.Count(open.Count) : "")
                    .Markup(":</p>");
                WriteTable(page, context, open.Take(ReportContext.RowsShown).ToList());
            }
            page.Markup("<details><summary>All ").Markup(ReportFormat.Count(jobs.Count)).Markup(" jobs</summary>");
            WriteTable(page, context, jobs);
            page.Markup("</details></section>");
        }

        private static void WriteStatusChips(HtmlWriter page, IReadOnlyList<MmsMigrationRunJob> jobs)
        {
            page.Markup("<div class=\"chips\">");
            foreach (IGrouping<string, MmsMigrationRunJob> status in jobs.GroupBy(job => job.Status ?? "", StringComparer.OrdinalIgnoreCase).OrderBy(g => Rank(g.Key)))
            {
                WriteBadge(page, status.Key, ReportFormat.Count(status.Count()) + " ");
            }
            page.Markup("</div>");
        }

        private static void WriteTable(HtmlWriter page, ReportContext context, IReadOnlyList<MmsMigrationRunJob> jobs)
        {
            page.Markup("<div class=\"tablewrap\"><table class=\"stack\"><thead><tr><th>Job</th><th>Database → project</th><th>Status</th>")
                .Markup("<th>Attempts</th><th>Tasks</th><th>Started</th><th>Ended</th></tr></thead><tbody>");
            foreach (MmsMigrationRunJob job in jobs)
            {
                page.Markup("<tr><td class=\"name\">").Text(job.Name).Markup("</td><td data-label=\"Database\">").Text(job.DbName)
                    .Markup(" → ").Text(job.DestinationProject).Markup("</td><td data-label=\"Status\">");
                WriteBadge(page, job.Status, "");
                page.Markup("</td><td class=\"n\" data-label=\"Attempts\">").Markup(job.Attempts.ToString(CultureInfo.InvariantCulture))
                    .Markup("</td><td class=\"n\" data-label=\"Tasks\">").Markup(ReportFormat.Count(job.TaskDone)).Markup(" / ")
                    .Markup(ReportFormat.Count(job.TaskNum)).Markup("</td><td data-label=\"Started\">");
                context.WriteTime(page, job.StartTime);
                page.Markup("</td><td data-label=\"Ended\">");
                context.WriteTime(page, job.EndTime);
                page.Markup("</td></tr>");
            }
            page.Markup("</tbody></table></div>");
        }

        /// <summary>A job's or task's status badge; its colour class is picked from the known words only, never built from the text.</summary>
        public static void WriteBadge(HtmlWriter page, string? status, string prefix)
        {
            string known = AttentionOrder.Concat(new[] { MmsJobStatus.Done }).FirstOrDefault(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase))
                // A task's failure has its step in front (SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED): red all the same.
                ?? (status != null && status.EndsWith(MmsJobStatus.Failed, StringComparison.OrdinalIgnoreCase) ? MmsJobStatus.Failed : "");
            page.Markup("<span class=\"badge").Markup(known.Length > 0 ? " b-" + known : "").Markup("\">").Markup(prefix).Text(status).Markup("</span>");
        }

        private static int Rank(string? status)
        {
            int index = Array.FindIndex(AttentionOrder, s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase));
            return index < 0 ? AttentionOrder.Length + (IsDone(status) ? 1 : 0) : index;
        }

        private static bool IsDone(string? status) => string.Equals(status, MmsJobStatus.Done, StringComparison.OrdinalIgnoreCase);
    }
}
