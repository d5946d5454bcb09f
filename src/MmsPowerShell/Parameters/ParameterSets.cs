namespace MmsPowerShell.Commands
{
    /// <summary>Parameter set names shared by cmdlets of different bases.</summary>
    internal static class ParameterSets
    {
        /// <summary>
        /// The ids of one object (-SourceId and its own id), bound by property name. Named rather than left in every set
        /// so that an object that carries no ids can be bound in a set of its own and refused with one clear error
        /// (<see cref="PipelineInputGuard"/>) instead of PowerShell's "missing mandatory parameters" once per object.
        /// </summary>
        public const string ById = "ById";

        /// <summary>The same for the cmdlets whose mandatory pipeline parameters are names rather than ids (-Name, -Type).</summary>
        public const string ByName = "ByName";
    }
}
