using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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
    public sealed class SetMmsTableCommand : MmsCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private const string ByIdSet = "ById";

        private readonly List<TableTarget> _targets = new List<TableTarget>();

        /// <summary>Tables from Get-MmsTable.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [ValidateNotNull]
        public MmsTable[] InputObject { get; set; } = new MmsTable[0];

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ValidateRange(1L, long.MaxValue)]
        [ArgumentCompleter(typeof(TableIdCompleter))]
        [InputIds]
        [AllowEmptyCollection]
        public long[] TableId { get; set; } = new long[0];

        /// <summary>The MaxCompute project the tables migrate to.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DestinationProjectCompleter))]
        public string? DestinationProject { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DestinationSchema { get; set; }

        /// <summary>The destination table's name; for one table only.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DestinationName { get; set; }

        /// <summary>INIT resets the tables for a new run (and clears their partition progress).</summary>
        [Parameter]
        [ValidateSet(TableStatusValues.Init, TableStatusValues.Doing, TableStatusValues.Done, TableStatusValues.PartDone, TableStatusValues.Failed,
            IgnoreCase = true)]
        public string? Status { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private string? StatusValue => Status?.ToUpperInvariant();

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (DestinationProject == null && DestinationSchema == null && DestinationName == null && Status == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.NothingToChange,
                    "Nothing to change: give -DestinationProject, -DestinationSchema, -DestinationName or -Status.", null));
            }
        }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (ParameterSetName == ByIdSet)
            {
                if (!AcceptInputIds(nameof(TableId), TableId, InputIdsAttribute.TakeRejectedValue()))
                {
                    return;
                }
                _targets.AddRange(TableId.Select(id => new TableTarget(SourceId, id, null)));
            }
            else
            {
                _targets.AddRange(InputObject.Select(table => new TableTarget(table.SourceId, table.TableId, table)));
            }
        }

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
            public TableTarget(long sourceId, long tableId, MmsTable? table)
            {
                SourceId = sourceId;
                TableId = tableId;
                Table = table;
                Reference = new MmsTableReference(sourceId, tableId);
            }

            public long SourceId { get; }

            public long TableId { get; }

            public MmsTable? Table { get; }

            public MmsTableReference Reference { get; }

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
