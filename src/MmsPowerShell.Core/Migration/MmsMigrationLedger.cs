using System.IO;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Migration
{
    /// <summary>
    /// The run's ledger (-StatePath): a JSON cache of the plan and every job, rewritten atomically after each change
    /// (a temporary file in the same folder, flushed to disk, then renamed over the old one), so a process killed at
    /// any moment leaves either the old ledger or the new one, never half of one. The service is the truth: a run
    /// reads its jobs from the service at every start, so a lost or stale ledger costs nothing but the cache.
    /// </summary>
    public sealed class MmsMigrationLedger
    {
        internal const string FormatName = "MmsMigrationLedger/1";

        private readonly Dictionary<string, MigrationJobNote> _notes;

        public MmsMigrationLedger(MmsMigrationRun run)
            : this(run, new Dictionary<string, MigrationJobNote>(StringComparer.Ordinal))
        {
        }

        private MmsMigrationLedger(MmsMigrationRun run, Dictionary<string, MigrationJobNote> notes)
        {
            Run = run;
            _notes = notes;
        }

        /// <summary>The run as last written.</summary>
        public MmsMigrationRun Run { get; set; }

        /// <summary>The ledger-only facts of a job, created on first use.</summary>
        public MigrationJobNote NoteFor(string jobName)
        {
            if (!_notes.TryGetValue(jobName, out MigrationJobNote? note))
            {
                _notes[jobName] = note = new MigrationJobNote();
            }
            return note;
        }

        /// <summary>The run the ledger at <paramref name="path"/> holds; null when there is no file.</summary>
        public static MmsMigrationRun? ReadRun(string path) => Load(path)?.Run;

        /// <summary>Reads a ledger; null when the file does not exist; MmsMigrationLedgerUnreadable when it is not a ledger.</summary>
        public static MmsMigrationLedger? Load(string path)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Unreadable(path, e.Message, e);
            }
            LedgerDocument? document;
            try
            {
                document = JsonSerializer.Deserialize(bytes, LedgerJsonContext.Default.LedgerDocument);
            }
            catch (JsonException e)
            {
                throw Unreadable(path, "it is not valid JSON (" + e.Message + ")", e);
            }
            if (document == null || document.Format == null)
            {
                throw Unreadable(path, "it is JSON but not a migration ledger (it has no \"format\" marker; a ledger starts with \"format\":\"" + FormatName + "\")", null);
            }
            if (document.Format != FormatName)
            {
                // The marker is the file's text, not ours: cut and cleaned before it reaches an error message.
                string format = ServiceText.Sanitize(document.Format.Length > 64 ? document.Format.Substring(0, 64) + "..." : document.Format);
                throw Unreadable(path, "its format is '" + format + "', and this version of the module reads '" + FormatName + "' (a ledger written by another version, or another file)", null);
            }
            return FromDocument(document, Path.GetFullPath(path));
        }

        /// <summary>Writes the ledger to <paramref name="path"/> atomically.</summary>
        public void Save(string path)
        {
            string full = Path.GetFullPath(path);
            string folder = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(folder);
            string temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    JsonSerializer.Serialize(stream, ToDocument(), LedgerJsonContext.Default.LedgerDocument);
                    // On disk before the rename: a crash right after must not leave a renamed but empty file.
                    stream.Flush(true);
                }
                if (File.Exists(full))
                {
                    File.Replace(temporary, full, null);
                }
                else
                {
                    File.Move(temporary, full);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private LedgerDocument ToDocument() => new LedgerDocument
        {
            Format = FormatName,
            Name = Run.Name,
            SourceId = Run.SourceId,
            StartTime = Run.StartTime,
            EndTime = Run.EndTime,
            State = Run.State,
            Settings = Run.Settings.Count == 0 ? null : Run.Settings.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Last().Value),
            Jobs = Run.Jobs.Select(job =>
            {
                _notes.TryGetValue(job.Name, out MigrationJobNote? note);
                return new LedgerJob
                {
                    Name = job.Name,
                    DbName = job.DbName,
                    DestinationProject = job.DestinationProject,
                    Tables = job.Tables.ToList(),
                    Bytes = job.Bytes,
                    JobId = job.JobId,
                    Status = job.Status,
                    Attempts = job.Attempts,
                    TaskNum = job.TaskNum,
                    TaskDone = job.TaskDone,
                    StartTime = job.StartTime,
                    EndTime = job.EndTime,
                    AttemptsBefore = note?.AttemptsBefore ?? 0,
                    CreateSentAt = note?.CreateSentAt,
                    AsyncTaskId = note?.AsyncTaskId ?? 0,
                };
            }).ToList(),
            TablesPlanned = Run.TablesPlanned,
            TablesDone = Run.TablesDone,
            TablesFailed = Run.TablesFailed,
            BytesPlanned = Run.BytesPlanned,
            BytesDone = Run.BytesDone,
            FailedTables = Run.FailedTables.Count == 0 ? null : Run.FailedTables.Select(t => new LedgerFailedTable
            {
                DbName = t.DbName,
                TableName = t.TableName,
                JobId = t.JobId,
                TaskId = t.TaskId,
                Status = t.Status,
                Message = t.Message,
            }).ToList(),
        };

        private static MmsMigrationLedger FromDocument(LedgerDocument document, string fullPath)
        {
            var notes = new Dictionary<string, MigrationJobNote>(StringComparer.Ordinal);
            var jobs = new List<MmsMigrationRunJob>();
            foreach (LedgerJob job in document.Jobs ?? new List<LedgerJob>())
            {
                jobs.Add(new MmsMigrationRunJob
                {
                    Name = job.Name ?? string.Empty,
                    DbName = job.DbName ?? string.Empty,
                    DestinationProject = job.DestinationProject ?? string.Empty,
                    Tables = new MmsList<string>(job.Tables ?? new List<string>()),
                    Bytes = job.Bytes,
                    JobId = job.JobId,
                    Status = string.IsNullOrEmpty(job.Status) ? MigrationJobStatus.Planned : job.Status,
                    Attempts = job.Attempts,
                    TaskNum = job.TaskNum,
                    TaskDone = job.TaskDone,
                    StartTime = job.StartTime,
                    EndTime = job.EndTime,
                });
                notes[job.Name ?? string.Empty] = new MigrationJobNote
                {
                    AttemptsBefore = job.AttemptsBefore,
                    CreateSentAt = job.CreateSentAt,
                    AsyncTaskId = job.AsyncTaskId,
                };
            }
            var run = new MmsMigrationRun
            {
                Name = document.Name ?? string.Empty,
                SourceId = document.SourceId,
                StartTime = document.StartTime,
                EndTime = document.EndTime,
                State = string.IsNullOrEmpty(document.State) ? MmsMigrationRunState.Running : document.State,
                Jobs = new MmsList<MmsMigrationRunJob>(jobs),
                TablesPlanned = document.TablesPlanned,
                TablesDone = document.TablesDone,
                TablesFailed = document.TablesFailed,
                BytesPlanned = document.BytesPlanned,
                BytesDone = document.BytesDone,
                FailedTables = new MmsList<MmsMigrationFailedTable>((document.FailedTables ?? new List<LedgerFailedTable>()).Select(t => new MmsMigrationFailedTable
                {
                    SourceId = document.SourceId,
                    DbName = t.DbName ?? string.Empty,
                    TableName = t.TableName ?? string.Empty,
                    JobId = t.JobId,
                    TaskId = t.TaskId,
                    Status = t.Status ?? string.Empty,
                    Message = t.Message,
                })),
                StatePath = fullPath,
                Settings = new MmsList<MmsMigrationSetting>((document.Settings ?? new Dictionary<string, string>())
                    .Select(s => new MmsMigrationSetting(s.Key, s.Value))),
            };
            return new MmsMigrationLedger(run, notes);
        }

        private static MmsConfigurationException Unreadable(string path, string why, Exception? inner) =>
            new MmsConfigurationException(MmsErrorIds.MigrationLedgerUnreadable, "The migration ledger " + path + " cannot be read: " + why + ".", inner,
                "Move the file away (the run reads its jobs from the service, so nothing is lost) or point -StatePath at another file.");
    }
}
