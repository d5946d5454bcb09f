using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Completion;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Commands
{
    /// <summary>Sets where a database migrates to, or resets the status of all of its tables (UpdateMmsDb).</summary>
    [Cmdlet(VerbsCommon.Set, "MmsDatabase", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true)]
    [OutputType(typeof(MmsDatabase))]
    public sealed class SetMmsDatabaseCommand : MmsCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private const string ByIdSet = "ById";

        /// <summary>Databases from Get-MmsDatabase.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [ValidateNotNull]
        public MmsDatabase[] InputObject { get; set; } = new MmsDatabase[0];

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateRange(1L, long.MaxValue)]
        [InputIds]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(DbIdCompleter))]
        public long[] DbId { get; set; } = new long[0];

        /// <summary>The MaxCompute project the database migrates to.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DestinationProjectCompleter))]
        public string? DestinationProject { get; set; }

        /// <summary>The target schema of the database (the service's dstName, shown as DestinationName on MmsDatabase).</summary>
        [Parameter]
        [Alias("DestinationName")]
        [ValidateNotNullOrEmpty]
        public string? DestinationSchema { get; set; }

        /// <summary>Applies to every table of the database; INIT resets them for a new run.</summary>
        [Parameter]
        [ValidateSet(TableStatusValues.Init, TableStatusValues.Doing, TableStatusValues.Done, TableStatusValues.PartDone, TableStatusValues.Failed,
            IgnoreCase = true)]
        public string? Status { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (DestinationProject == null && DestinationSchema == null && Status == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.NothingToChange,
                    "Nothing to change: give -DestinationProject, -DestinationSchema or -Status.", null));
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
                if (!AcceptInputIds(nameof(DbId), DbId, InputIdsAttribute.TakeRejectedValue()))
                {
                    return;
                }
                foreach (long dbId in DbId)
                {
                    Update(SourceId, dbId, null);
                }
                return;
            }
            foreach (MmsDatabase database in InputObject)
            {
                Update(database.SourceId, database.DbId, database);
            }
        }

        private void Update(long sourceId, long dbId, MmsDatabase? database)
        {
            var reference = new MmsDatabaseReference(sourceId, dbId);
            bool known = database != null;
            string? status = Status?.ToUpperInvariant();
            var changes = new ChangeList()
                .Add("DestinationProject", DestinationProject, database?.DestinationProject, known)
                .Add("DestinationSchema", DestinationSchema, database?.DestinationName, known)
                .Add(known ? "Status of all " + database!.TableCount + " tables" : "Status of all its tables", status);
            string what = database == null ? "database " + reference : "database " + database.DbName + " (" + reference + ")";
            if (!this.ShouldChange(what, "Set " + changes))
            {
                return;
            }
            QueueRequest(token => ChangeThenReadAsync(() => Client.UpdateDatabaseAsync(sourceId, dbId, DestinationProject, DestinationSchema, status, token),
                PassThru, reference, () => Client.GetDatabaseAsync(sourceId, dbId, token)), reference, WriteIfAny);
        }
    }
}
