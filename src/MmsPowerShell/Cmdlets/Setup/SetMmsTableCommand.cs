using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Sets where tables migrate to, or resets their status (UpdateMmsTable for one table, UpdateMmsTables for several
    /// piped tables of one database in one request).
    /// </summary>
    /// <remarks>
    /// Piped tables are collected until the input ends, so the tables of one database go in one request; tables
    /// given by id go one request each (UpdateMmsTables takes names, and learning them would cost a request each).
    /// </remarks>
    [Cmdlet(VerbsCommon.Set, "MmsTable", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsTable))]
    public sealed class SetMmsTableCommand : MmsSetCmdlet<MmsTable, MmsTableReference>
    {
        private readonly List<TableTarget> _targets = new List<TableTarget>();

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(TableIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] TableId { get; set; } = new long[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DestinationSchema { get; set; }

        /// <summary>The destination table's name; for one table only.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DestinationName { get; set; }

        private protected override string[] ChangeParameters =>
            new[] { nameof(DestinationProject), nameof(DestinationSchema), nameof(DestinationName), nameof(Status) };

        private protected override IReadOnlyList<MmsTableReference> ByIdTargets() =>
            InputTargets(nameof(TableId), TableId, InputIdsAttribute.TakeRejectedValue(), id => new MmsTableReference(SourceId, id));

        private protected override MmsTableReference TargetOf(MmsTable table) => new MmsTableReference(table.SourceId, table.TableId);

        /// <summary>Collected until the input ends, so the piped tables of one database go in one request.</summary>
        private protected override void Take(MmsTableReference reference, MmsTable? table) => _targets.Add(new TableTarget(reference, table));

        protected override void EndProcessing()
        {
            if (DestinationName != null && _targets.Count > 1)
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.DestinationNameForManyTables,
                    "-DestinationName names one table, but " + _targets.Count + " tables were given: every one would get the name '" +
                    DestinationName + "'. Nothing was changed.", null, "Set the name of each table in its own call."));
            }
            // Tables of one database (known from piped objects) go in one UpdateMmsTables request; the others one by one.
            foreach (var group in _targets.GroupBy(t => t.BatchKey, StringComparer.OrdinalIgnoreCase))
            {
                List<TableTarget> confirmed = group.Where(Confirm).ToList();
                if (group.Key != null && confirmed.Count > 1)
                {
                    QueueRequest(token => UpdateManyAsync(confirmed, token), confirmed[0].Reference, WriteOutcomes);
                }
                else
                {
                    foreach (TableTarget target in confirmed)
                    {
                        QueueRequest(token => UpdateOneAsync(target, token), target.Reference, WriteOutcomes);
                    }
                }
            }
            DrainWindow();
        }

        private bool Confirm(TableTarget target)
        {
            MmsTable? table = target.Table;
            bool known = table != null;
            var changes = new ChangeList()
                .Add("DestinationProject", DestinationProject, table?.DestinationProject, known)
                .Add("DestinationSchema", DestinationSchema, table?.DestinationSchema, known)
                .Add("DestinationName", DestinationName, table?.DestinationName, known)
                .Add("Status", StatusValue, table?.Status, known);
            string what = table == null ? "table " + target.Reference : "table " + table.DbName + "." + table.Name + " (" + target.Reference + ")";
            return this.ShouldChange(what, "Set " + changes);
        }

        private async Task<IReadOnlyList<Outcome>> UpdateOneAsync(TableTarget target, CancellationToken token)
        {
            try
            {
                await Client.UpdateTableAsync(target.SourceId, target.TableId, DestinationProject, DestinationSchema, DestinationName, StatusValue, token)
                    .ConfigureAwait(false);
            }
            catch (MmsApiException e)
            {
                return new[] { new Outcome(target, null, ErrorRecords.FromApiError(e, target.Reference)) };
            }
            return new[] { await ReadBackAsync(target, token).ConfigureAwait(false) };
        }

        private async Task<IReadOnlyList<Outcome>> UpdateManyAsync(IReadOnlyList<TableTarget> targets, CancellationToken token)
        {
            TableTarget first = targets[0];
            try
            {
                await Client.UpdateTablesAsync(first.SourceId, first.Table!.DbName!, targets.Select(t => t.Table!.Name!), DestinationProject,
                    DestinationSchema, StatusValue, token).ConfigureAwait(false);
            }
            catch (MmsApiException e)
            {
                // One request for all of them: each table gets the error, so its target can be piped back to retry it.
                return targets.Select(t => new Outcome(t, null, ErrorRecords.FromApiError(e, t.Reference))).ToList();
            }
            return await Task.WhenAll(targets.Select(t => ReadBackAsync(t, token))).ConfigureAwait(false);
        }

        private async Task<Outcome> ReadBackAsync(TableTarget target, CancellationToken token)
        {
            if (!PassThru)
            {
                return new Outcome(target, null, null);
            }
            try
            {
                return new Outcome(target, await ReadAfterAsync(AcceptedChange.Changed(target.Reference),
                    () => Client.GetTableAsync(target.SourceId, target.TableId, token)).ConfigureAwait(false), null);
            }
            catch (FollowUpReadException e)
            {
                return new Outcome(target, null, e.Error);
            }
        }

        private void WriteOutcomes(IReadOnlyList<Outcome> outcomes)
        {
            foreach (Outcome outcome in outcomes)
            {
                if (outcome.Error != null)
                {
                    WriteError(outcome.Error);
                }
                else if (outcome.Table != null)
                {
                    WriteObject(outcome.Table);
                }
            }
        }

        /// <summary>A table to change; Table is the piped object, null when it was given by id.</summary>
        private sealed class TableTarget
        {
            public TableTarget(MmsTableReference reference, MmsTable? table)
            {
                Reference = reference;
                Table = table;
            }

            public MmsTableReference Reference { get; }

            public MmsTable? Table { get; }

            public long SourceId => Reference.SourceId;

            public long TableId => Reference.TableId;

            /// <summary>Source and database of a piped table with a name, so it can join UpdateMmsTables; null otherwise.</summary>
            public string? BatchKey => Table?.DbName == null || Table.Name == null ? null : SourceId + "/" + Table.DbName;
        }

        private sealed class Outcome
        {
            public Outcome(TableTarget target, MmsTable? table, ErrorRecord? error)
            {
                Target = target;
                Table = table;
                Error = error;
            }

            public TableTarget Target { get; }

            public MmsTable? Table { get; }

            public ErrorRecord? Error { get; }
        }
    }
}
