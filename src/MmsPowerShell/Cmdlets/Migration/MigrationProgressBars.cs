using MmsPowerShell.Core.Migration;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Invoke-MmsMigration's progress: one overall bar (tables and bytes done of planned, jobs running, time left from
    /// the throughput so far) and a child bar per running job (its tasks done). Bars of jobs that stop running are removed.
    /// </summary>
    internal sealed class MigrationProgressBars
    {
        private const int OverallId = 1;

        private readonly Cmdlet _cmdlet;
        private readonly string _runName;
        private readonly Dictionary<string, int> _childIds = new Dictionary<string, int>(StringComparer.Ordinal);
        private int _nextChildId = OverallId + 1;

        public MigrationProgressBars(Cmdlet cmdlet, string runName)
        {
            _cmdlet = cmdlet;
            _runName = runName;
        }

        public void Show(MigrationProgress progress)
        {
            var overall = new ProgressRecord(OverallId, "Migration run '" + _runName + "'",
                progress.TablesDone.ToString("N0", CultureInfo.InvariantCulture) + " of " + progress.TablesPlanned.ToString("N0", CultureInfo.InvariantCulture) +
                " tables, " + Bytes(progress.BytesDone) + " of " + Bytes(progress.BytesPlanned) + ", " + progress.Running.Count + " job(s) running")
            {
                PercentComplete = progress.PercentDone,
                SecondsRemaining = progress.TimeLeft.HasValue ? (int)Math.Min(int.MaxValue, Math.Ceiling(progress.TimeLeft.Value.TotalSeconds)) : -1,
            };
            _cmdlet.WriteProgress(overall);
            var running = new HashSet<string>(progress.Running.Select(j => j.Name), StringComparer.Ordinal);
            foreach (string gone in _childIds.Keys.Where(name => !running.Contains(name)).ToList())
            {
                _cmdlet.WriteProgress(new ProgressRecord(_childIds[gone], gone, "done") { ParentActivityId = OverallId, RecordType = ProgressRecordType.Completed });
                _childIds.Remove(gone);
            }
            foreach (MmsMigrationRunJob job in progress.Running)
            {
                if (!_childIds.TryGetValue(job.Name, out int id))
                {
                    _childIds[job.Name] = id = _nextChildId++;
                }
                _cmdlet.WriteProgress(new ProgressRecord(id, job.Name, "job " + job.JobId + ": " + job.TaskDone + " of " + job.TaskNum + " tables done, attempt " + job.Attempts)
                {
                    ParentActivityId = OverallId,
                    PercentComplete = job.TaskNum <= 0 ? 0 : Math.Min(100, 100 * job.TaskDone / job.TaskNum),
                });
            }
        }

        public void Complete()
        {
            foreach (var child in _childIds)
            {
                _cmdlet.WriteProgress(new ProgressRecord(child.Value, child.Key, "done") { ParentActivityId = OverallId, RecordType = ProgressRecordType.Completed });
            }
            _childIds.Clear();
            _cmdlet.WriteProgress(new ProgressRecord(OverallId, "Migration run '" + _runName + "'", "done") { RecordType = ProgressRecordType.Completed });
        }

        /// <summary>Bytes in the largest binary unit that keeps a number of at least 1 (e.g. 1.5 GB).</summary>
        public static string Bytes(long bytes)
        {
            string[] units = { "B", "KB", "MB", "GB", "TB", "PB" };
            double value = bytes;
            int unit = 0;
            while (value >= 1024 && unit < units.Length - 1)
            {
                value /= 1024;
                unit++;
            }
            return value.ToString(unit == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + units[unit];
        }
    }
}
