using System;
using System.IO;
using System.Reflection;
using System.Threading;

namespace MmsPowerShell.Loader
{
    /// <summary>
    /// Windows PowerShell 5.1: .NET Framework binds references by exact version and has no load contexts.
    /// This handler answers only for assemblies that exist in the module's dependency folder, and only when
    /// the module's own assemblies ask (or the runtime does not say who asks), with that file.
    /// </summary>
    internal static class DesktopAssemblyResolver
    {
        private static string s_moduleBase = string.Empty;
        private static string s_directory = string.Empty;
        private static int s_installed;

        internal static void Install(string moduleBase, string directory)
        {
            s_moduleBase = moduleBase.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            s_directory = directory;
            if (Interlocked.Exchange(ref s_installed, 1) == 0)
            {
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
            }
        }

        internal static void Uninstall()
        {
            if (Interlocked.Exchange(ref s_installed, 0) == 1)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
            }
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var requester = args.RequestingAssembly;
            if (requester != null && (requester.IsDynamic ||
                !requester.Location.StartsWith(s_moduleBase, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }
            var path = Path.Combine(s_directory, name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }
            foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
            {
                if (!loaded.IsDynamic && string.Equals(loaded.Location, path, StringComparison.OrdinalIgnoreCase))
                {
                    return loaded;
                }
            }
            return Assembly.LoadFrom(path);
        }
    }
}
