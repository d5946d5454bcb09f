using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace MmsPowerShell.Session
{
    /// <summary>The Connect-Mms context of each runspace. Keyed by runspace, not process-wide, so parallel
    /// runspaces (ForEach-Object -Parallel, runbook workers) never see each other's credentials.</summary>
    internal static class MmsSession
    {
        private static readonly ConditionalWeakTable<Runspace, MmsContext> Contexts = new ConditionalWeakTable<Runspace, MmsContext>();

        public static MmsContext? Current
        {
            get
            {
                Runspace? runspace = Runspace.DefaultRunspace;
                return runspace != null && Contexts.TryGetValue(runspace, out MmsContext? context) ? context : null;
            }
        }

        public static void Set(MmsContext context)
        {
            Runspace runspace = Runspace.DefaultRunspace;
            Contexts.Remove(runspace);
            Contexts.Add(runspace, context);
        }

        public static void Clear() => Contexts.Remove(Runspace.DefaultRunspace);
    }
}
