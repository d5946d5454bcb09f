using MmsPowerShell.Completion;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What Set-MmsDatabase and Set-MmsTable share: the objects from the pipeline (InputObject set) or -SourceId and the
    /// ids (ById set, bound by property name), where they migrate to (-DestinationProject), the status to give them,
    /// -PassThru, and "nothing to change" refused before any input is read. Each object or id reaches <see cref="Take"/>.
    /// </summary>
    /// <typeparam name="TObject">The object Get- writes and this cmdlet takes from the pipeline.</typeparam>
    /// <typeparam name="TTarget">What one object or id names (it names the object in errors and pipes back into the cmdlet).</typeparam>
    public abstract class MmsSetCmdlet<TObject, TTarget> : MmsCmdlet
        where TObject : class
        where TTarget : MmsReference
    {
        private protected const string InputObjectSet = "InputObject";
        private protected const string ByIdSet = "ById";

        /// <summary>Objects from the matching Get- cmdlet.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [ValidateNotNull]
        public TObject[] InputObject { get; set; } = new TObject[0];

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [WholeId]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public long SourceId { get; set; }

        /// <summary>The MaxCompute project the objects migrate to.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DestinationProjectCompleter))]
        public string? DestinationProject { get; set; }

        /// <summary>The status to give the tables (for a database: all of its tables); INIT resets them for a new run.</summary>
        [Parameter]
        [ValidateSet(TableStatusValues.Init, TableStatusValues.Doing, TableStatusValues.Done, TableStatusValues.PartDone, TableStatusValues.Failed,
            IgnoreCase = true)]
        public string? Status { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>-Status as the service spells it.</summary>
        private protected string? StatusValue => Status?.ToUpperInvariant();

        /// <summary>The parameters that say what to change, one of which must be given.</summary>
        private protected abstract string[] ChangeParameters { get; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            RequireAnyOf(ChangeParameters);
        }

        protected override void ProcessRecord()
        {
            if (SkipUnsupportedInput())
            {
                return;
            }
            if (ParameterSetName == ByIdSet)
            {
                foreach (TTarget target in ByIdTargets())
                {
                    Take(target, null);
                }
                return;
            }
            foreach (TObject item in InputObject)
            {
                Take(TargetOf(item), item);
            }
        }

        /// <summary>The targets of the row's ids, through <see cref="MmsCmdlet.InputTargets"/>.</summary>
        private protected abstract IReadOnlyList<TTarget> ByIdTargets();

        private protected abstract TTarget TargetOf(TObject item);

        /// <summary>One object to change; <paramref name="item"/> is the piped object, null when it was given by id.</summary>
        private protected abstract void Take(TTarget target, TObject? item);
    }
}
