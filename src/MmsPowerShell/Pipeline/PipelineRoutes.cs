namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Where an object a cmdlet refused can go instead, worked out from the module's own cmdlets (what each takes from
    /// the pipeline and what it writes): a Get- cmdlet in between when one turns the object into what the cmdlet takes
    /// (Get-MmsJob | Get-MmsTask | Get-MmsTableColumn), else the cmdlets that take the object as it is.
    /// </summary>
    internal static class PipelineRoutes
    {
        private static readonly Lazy<IReadOnlyList<PipelineParameters>> Cmdlets = new Lazy<IReadOnlyList<PipelineParameters>>(() =>
            typeof(PipelineRoutes).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(Cmdlet).IsAssignableFrom(type) && type.IsDefined(typeof(CmdletAttribute), false))
                .Select(PipelineParameters.For)
                .OrderBy(cmdlet => cmdlet.CommandName, StringComparer.Ordinal)
                .ToList());

        private static readonly string[] None = new string[0];

        /// <summary>A sentence of advice for <paramref name="inputType"/> refused by <paramref name="target"/>; null when there is none.</summary>
        public static string? Advise(Type inputType, PipelineParameters target)
        {
            var input = new PipelineTypeShape(inputType);
            List<PipelineParameters> takers = Cmdlets.Value.Where(cmdlet => cmdlet != target && cmdlet.Binds(input, None)).ToList();
            // Only a Get- cmdlet is suggested in between: advice must never change anything on its own.
            PipelineParameters? bridge = takers.FirstOrDefault(cmdlet =>
                cmdlet.Verb == VerbsCommon.Get &&
                cmdlet.OutputTypes.Any(output => output != inputType && target.Binds(new PipelineTypeShape(output), None)));
            if (bridge != null)
            {
                PipelineParameters? producer = Cmdlets.Value.FirstOrDefault(cmdlet =>
                    cmdlet.Verb == VerbsCommon.Get && cmdlet.OutputTypes.Contains(inputType));
                return "Try: " + (producer == null ? "..." : producer.CommandName) + " | " + bridge.CommandName + " | " + target.CommandName;
            }
            // The cmdlets made for the object: those that take its type by value, and those named for it (MmsTimer:
            // *-MmsTimer*, MmsPartition: Get-MmsTablePartition); else the Get- cmdlets that take it. Never every cmdlet
            // that happens to read a SourceId (Get-MmsDataSource, Remove-MmsDataSource).
            string noun = inputType.Name.StartsWith("Mms", StringComparison.Ordinal) ? inputType.Name.Substring(3) : inputType.Name;
            List<PipelineParameters> made = takers.Where(cmdlet => cmdlet.TakesByValue(inputType) ||
                                                                   cmdlet.CommandName.IndexOf(noun, StringComparison.Ordinal) > cmdlet.Verb.Length).ToList();
            List<PipelineParameters> shown = (made.Count > 0 ? made : takers.Where(cmdlet => cmdlet.Verb == VerbsCommon.Get)).Take(6).ToList();
            return shown.Count == 0 ? null : inputType.Name + " objects go to " + string.Join(", ", shown.Select(cmdlet => cmdlet.CommandName)) + ".";
        }
    }
}
