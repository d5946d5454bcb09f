using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace MmsPowerShell.Loader
{
    /// <summary>
    /// Runs when the manifest's NestedModules entry (this assembly) is imported, before PowerShell loads and
    /// reflects over the RootModule MmsPowerShell.dll. Only those two small netstandard2.0 assemblies live in
    /// the default context; MmsPowerShell.Core and its dependencies sit in Dependencies/&lt;framework&gt; under
    /// the module folder, where nothing probes by itself, and are loaded the edition's way:
    /// <list type="bullet">
    /// <item>PowerShell 7: Dependencies/net8.0 in the module's own AssemblyLoadContext
    /// (MmsPowerShell.LoadContext.dll); the default context is handed MmsPowerShell.Core only.</item>
    /// <item>Windows PowerShell 5.1 (no load contexts): an AppDomain.AssemblyResolve handler answers only
    /// with files of Dependencies/netstandard2.0, so the module's own versions bind despite
    /// .NET Framework's exact-version references.</item>
    /// </list>
    /// </summary>
    public sealed class ModuleAssemblyInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        internal const string DependencyFolder = "Dependencies";

        private static readonly bool IsNetFramework =
            string.Equals(typeof(object).Assembly.GetName().Name, "mscorlib", StringComparison.Ordinal);

        private static Action? s_uninstall;

        /// <inheritdoc />
        public void OnImport()
        {
            if (s_uninstall != null)
            {
                return;
            }
            var moduleBase = Path.GetDirectoryName(typeof(ModuleAssemblyInitializer).Assembly.Location)!;
            if (IsNetFramework)
            {
                DesktopAssemblyResolver.Install(moduleBase, Path.Combine(moduleBase, DependencyFolder, "netstandard2.0"));
                s_uninstall = DesktopAssemblyResolver.Uninstall;
                return;
            }

            var directory = Path.Combine(moduleBase, DependencyFolder, "net8.0");
            var loadContext = Assembly.LoadFrom(Path.Combine(directory, "MmsPowerShell.LoadContext.dll"))
                .GetType("MmsPowerShell.LoadContext.ModuleLoadContext", throwOnError: true)!;
            var core = (Assembly)loadContext.GetMethod("Install")!.Invoke(null, new object[] { directory })!;
            // PowerShell 7 resolves [TypeName] only in the default context: type accelerators under the
            // full names keep [MmsPowerShell.Core.Models.MmsTable] and -is working.
            CoreTypeAccelerators.Register(core);
            var uninstall = loadContext.GetMethod("Uninstall")!;
            s_uninstall = () =>
            {
                CoreTypeAccelerators.Unregister();
                uninstall.Invoke(null, null);
            };
        }

        /// <inheritdoc />
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            s_uninstall?.Invoke();
            s_uninstall = null;
        }
    }
}
