using MmsPowerShell.Completion;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Sets where a database migrates to, or resets the status of all of its tables (UpdateMmsDb).</summary>
    [Cmdlet(VerbsCommon.Set, "MmsDatabase", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsDatabase))]
    public sealed class SetMmsDatabaseCommand : MmsSetCmdlet<MmsDatabase, MmsDatabaseReference>
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(DbIdCompleter))]
        public long[] DbId { get; set; } = new long[0];

        /// <summary>The target schema of the database (the service's dstName, shown as DestinationName on MmsDatabase).</summary>
        [Parameter]
        [Alias("DestinationName")]
        [ValidateNotNullOrEmpty]
        public string? DestinationSchema { get; set; }

        private protected override string[] ChangeParameters => new[] { nameof(DestinationProject), nameof(DestinationSchema), nameof(Status) };

        private protected override IReadOnlyList<MmsDatabaseReference> ByIdTargets() =>
            InputTargets(nameof(DbId), DbId, InputIdsAttribute.TakeRejectedValue(), id => new MmsDatabaseReference(SourceId, id));

        private protected override MmsDatabaseReference TargetOf(MmsDatabase database) => new MmsDatabaseReference(database.SourceId, database.DbId);

        private protected override void Take(MmsDatabaseReference reference, MmsDatabase? database)
        {
            bool known = database != null;
            string? status = StatusValue;
            var changes = new ChangeList()
                .Add("DestinationProject", DestinationProject, database?.DestinationProject, known)
                .Add("DestinationSchema", DestinationSchema, database?.DestinationName, known)
                .Add(known ? "Status of all " + database!.TableCount + " tables" : "Status of all its tables", status);
            string what = database == null ? "database " + reference : "database " + database.DbName + " (" + reference + ")";
            if (!this.ShouldChange(what, "Set " + changes))
            {
                return;
            }
            QueueRequest(token => ChangeThenReadAsync(
                () => Client.UpdateDatabaseAsync(reference.SourceId, reference.DbId, DestinationProject, DestinationSchema, status, token),
                PassThru, reference, () => Client.GetDatabaseAsync(reference.SourceId, reference.DbId, token)), reference, WriteIfAny);
        }
    }
}
