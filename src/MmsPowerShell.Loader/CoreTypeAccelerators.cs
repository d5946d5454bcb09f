using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;

namespace MmsPowerShell.Loader
{
    /// <summary>
    /// Registers MmsPowerShell.Core's public types as type accelerators named by their full names (PowerShell
    /// 7 only: it looks types up in the default load context, and the core lives in the module's own).
    /// </summary>
    internal static class CoreTypeAccelerators
    {
        private static readonly List<KeyValuePair<string, Type>> Registered = new List<KeyValuePair<string, Type>>();

        internal static void Register(Assembly core)
        {
            var accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");
            var add = accelerators?.GetMethod("Add", BindingFlags.Public | BindingFlags.Static);
            if (add == null)
            {
                return;
            }
            lock (Registered)
            {
                foreach (var type in core.GetExportedTypes())
                {
                    add.Invoke(null, new object[] { type.FullName!, type });
                    Registered.Add(new KeyValuePair<string, Type>(type.FullName!, type));
                }
            }
        }

        internal static void Unregister()
        {
            var accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");
            var remove = accelerators?.GetMethod("Remove", BindingFlags.Public | BindingFlags.Static);
            lock (Registered)
            {
                foreach (var entry in Registered)
                {
                    remove?.Invoke(null, new object[] { entry.Key });
                }
                Registered.Clear();
            }
        }
    }
}
