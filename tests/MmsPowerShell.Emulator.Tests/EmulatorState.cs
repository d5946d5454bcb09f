using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MmsPowerShell.Emulator.Tests
{
    /// <summary>
    /// The emulator's state wired as the host wires it (Host/Program.cs), without the HTTP server: each test gets
    /// a fresh demo data set. Options are the emulator's command line (e.g. "--scan-ms", "1").
    /// </summary>
    internal sealed class EmulatorState
    {
        public EmulatorState(params string[] options)
        {
            Options = EmulatorOptions.Parse(options);
            Settings = new EmulatorSettings(Options);
            Seed = new DemoDataSet();
            Tables = new TableStore(Seed);
            Sources = new DataSourceStore(Tables);
            Latest = new LatestScans();
            Catalog = new DemoCatalog(Tables, Sources, Latest);
            Faults = new FaultRegistry();
            Jobs = new JobStore(Settings, Tables, Catalog, Faults);
            Scans = new ScanStore(Settings, Tables, Catalog, Latest);
            Timers = new TimerStore(Catalog, Tables, Jobs);
        }

        public const long DemoSourceId = DemoDataSet.ExampleSourceId;

        public EmulatorOptions Options { get; }
        public EmulatorSettings Settings { get; }
        public DemoDataSet Seed { get; }
        public TableStore Tables { get; }
        public DataSourceStore Sources { get; }
        public LatestScans Latest { get; }
        public DemoCatalog Catalog { get; }
        public FaultRegistry Faults { get; }
        public JobStore Jobs { get; }
        public ScanStore Scans { get; }
        public TimerStore Timers { get; }

        public DemoDataSource DemoSource => Catalog.FindSource(DemoSourceId)!;

        /// <summary>Lets simulated time pass: waits, then moves the jobs and scans on as the host does on each request.</summary>
        public void AdvanceAfter(TimeSpan wait)
        {
            System.Threading.Thread.Sleep(wait);
            Jobs.Advance();
            Scans.Advance();
        }

        /// <summary>Lets a 1 ms simulated duration (as the tests set them) fall due, with room for a slow machine.</summary>
        public void AdvancePastDue() => AdvanceAfter(TimeSpan.FromMilliseconds(30));

        /// <summary>A query string as the host receives it, e.g. "status=FAILED&amp;sorter.status=desc".</summary>
        public static IQueryCollection Query(string text) => new QueryCollection(QueryHelpers.ParseQuery(text));
    }
}
