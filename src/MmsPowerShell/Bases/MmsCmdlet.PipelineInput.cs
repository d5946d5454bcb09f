namespace MmsPowerShell.Commands
{
    /// <summary>The part of <see cref="MmsCmdlet"/> that refuses objects the cmdlet does not take from the pipeline (<see cref="PipelineInputGuard"/>).</summary>
    public abstract partial class MmsCmdlet : IDynamicParameters
    {
        private PipelineInputGuard? _pipelineInput;

        /// <summary>The hidden parameter that binds an object nothing else takes; none unless the cmdlet expects pipeline input.</summary>
        public object? GetDynamicParameters() => (_pipelineInput = new PipelineInputGuard(this)).DynamicParameters();

        /// <summary>
        /// True when the current pipeline object is one the cmdlet does not take: it has been reported (one error per type
        /// of object) and ProcessRecord must return at once. The first thing every ProcessRecord that takes pipeline input does.
        /// </summary>
        protected bool SkipUnsupportedInput() => _pipelineInput != null && _pipelineInput.Refuses();
    }
}
