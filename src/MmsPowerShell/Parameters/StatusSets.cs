using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// The -Status filters: several states and wildcards (*FAILED) on every one, expanded here against the states the
    /// service documents, so what goes to the service is always exact. One set per kind of object.
    /// </summary>
    internal static class StatusSets
    {
        public static readonly string[] Tables = { TableStatusValues.Init, TableStatusValues.Doing, TableStatusValues.Done, TableStatusValues.PartDone, TableStatusValues.Failed };

        /// <summary>Partitions have no PART_DONE.</summary>
        public static readonly string[] Partitions = { TableStatusValues.Init, TableStatusValues.Doing, TableStatusValues.Done, TableStatusValues.Failed };

        public static readonly string[] Jobs = { MmsJobStatus.Init, MmsJobStatus.Doing, MmsJobStatus.Done, MmsJobStatus.Failed };

        public static readonly string[] Tasks =
        {
            MmsTaskStatus.Init, MmsTaskStatus.SchemaDoing, MmsTaskStatus.SchemaDone, MmsTaskStatus.SchemaFailed, MmsTaskStatus.DataDoing,
            MmsTaskStatus.DataDone, MmsTaskStatus.DataFailed, MmsTaskStatus.VerificationDoing, MmsTaskStatus.VerificationDone,
            MmsTaskStatus.VerificationFailed, MmsTaskStatus.Done,
        };

        /// <summary>The set a -Status of this kind takes.</summary>
        public static string[] Of(StatusKind kind)
        {
            switch (kind)
            {
                case StatusKind.Table: return Tables;
                case StatusKind.Partition: return Partitions;
                case StatusKind.Job: return Jobs;
                case StatusKind.Task: return Tasks;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every status kind needs its set.");
            }
        }

        /// <summary>The exact states the patterns name, in the set's order, each once; none for no patterns.</summary>
        public static IReadOnlyList<string> Expand(IEnumerable<string>? patterns, StatusKind kind)
        {
            WildcardPattern[] wanted = (patterns ?? new string[0]).Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToArray();
            return Of(kind).Where(state => wanted.Any(w => w.IsMatch(state))).ToList();
        }

        /// <summary>Null when the pattern names at least one state of the set; else why not.</summary>
        public static string? Problem(string pattern, StatusKind kind) =>
            Of(kind).Any(state => new WildcardPattern(pattern, WildcardOptions.IgnoreCase).IsMatch(state))
                ? null
                : "'" + pattern + "' names no state; use " + string.Join(", ", Of(kind)) + ", or a wildcard such as *FAILED.";
    }

    /// <summary>Which -Status set a parameter takes.</summary>
    public enum StatusKind
    {
        Table,
        Partition,
        Job,
        Task,
    }
}
