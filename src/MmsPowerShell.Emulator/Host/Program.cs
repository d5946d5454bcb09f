using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MmsPowerShell.Emulator;

EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(EmulatorOptions.Usage);
    return 2;
}

var builder = WebApplication.CreateSlimBuilder(Array.Empty<string>());
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
builder.Services.AddSingleton(options);
builder.Services.AddSingleton<EmulatorSettings>();
builder.Services.AddSingleton<RequestAuthenticator>();
builder.Services.AddSingleton<DemoDataSet>();
builder.Services.AddSingleton<TableStore>();
builder.Services.AddSingleton<FaultRegistry>();
builder.Services.AddSingleton<RequestStats>();
builder.Services.AddSingleton<DataSourceStore>();
builder.Services.AddSingleton<LatestScans>();
builder.Services.AddSingleton<DemoCatalog>();
builder.Services.AddSingleton<JobStore>();
builder.Services.AddSingleton<ScanStore>();
builder.Services.AddSingleton<TimerStore>();
builder.Services.AddSingleton<ISimulated>(services => services.GetRequiredService<ScanStore>());
builder.Services.AddSingleton<ISimulated>(services => services.GetRequiredService<JobStore>());
builder.Services.AddSingleton<ApiPipeline>();
builder.Services.AddSingleton<MmsApi>();
builder.Services.AddSingleton<JobApi>();
builder.Services.AddSingleton<SetupApi>();
builder.Services.AddSingleton<TimerApi>();
var app = builder.Build();

const string Sources = "/api/v1/mms/datasources";
app.MapGet(Sources, (HttpContext context, MmsApi api) => api.ListDataSourcesAsync(context));
app.MapGet(Sources + "/{sourceId}", (HttpContext context, string sourceId, MmsApi api) => api.GetDataSourceAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/dbs", (HttpContext context, string sourceId, MmsApi api) => api.ListDbsAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/dbs/{dbId}", (HttpContext context, string sourceId, string dbId, MmsApi api) => api.GetDbAsync(context, sourceId, dbId));
app.MapGet(Sources + "/{sourceId}/partitions", (HttpContext context, string sourceId, MmsApi api) => api.ListPartitionsAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/partitions/{partitionId}",
    (HttpContext context, string sourceId, string partitionId, MmsApi api) => api.GetPartitionAsync(context, sourceId, partitionId));
app.MapGet(Sources + "/{sourceId}/tables", (HttpContext context, string sourceId, MmsApi api) => api.ListTablesAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/tables/{tableId}",
    (HttpContext context, string sourceId, string tableId, MmsApi api) => api.GetTableAsync(context, sourceId, tableId));

app.MapPost(Sources + "/{sourceId}/jobs", (HttpContext context, string sourceId, JobApi api) => api.CreateJobAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/jobs", (HttpContext context, string sourceId, JobApi api) => api.ListJobsAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/jobs/{jobId}", (HttpContext context, string sourceId, string jobId, JobApi api) => api.GetJobAsync(context, sourceId, jobId));
// DeleteMmsJob is a POST on the job's URL, not a DELETE (job-operations.md section 8).
app.MapPost(Sources + "/{sourceId}/jobs/{jobId}", (HttpContext context, string sourceId, string jobId, JobApi api) => api.DeleteJobAsync(context, sourceId, jobId));
app.MapPost(Sources + "/{sourceId}/jobs/{jobId}/start", (HttpContext context, string sourceId, string jobId, JobApi api) => api.StartJobAsync(context, sourceId, jobId));
app.MapPost(Sources + "/{sourceId}/jobs/{jobId}/stop", (HttpContext context, string sourceId, string jobId, JobApi api) => api.StopJobAsync(context, sourceId, jobId));
app.MapPost(Sources + "/{sourceId}/jobs/{jobId}/retry", (HttpContext context, string sourceId, string jobId, JobApi api) => api.RetryJobAsync(context, sourceId, jobId));
app.MapGet(Sources + "/{sourceId}/asyncTasks/{asyncTaskId}",
    (HttpContext context, string sourceId, string asyncTaskId, JobApi api) => api.GetAsyncTaskAsync(context, sourceId, asyncTaskId));
app.MapGet(Sources + "/{sourceId}/tasks", (HttpContext context, string sourceId, JobApi api) => api.ListTasksAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/tasks/{taskId}", (HttpContext context, string sourceId, string taskId, JobApi api) => api.GetTaskAsync(context, sourceId, taskId));
app.MapGet(Sources + "/{sourceId}/tasks/{taskId}/logs", (HttpContext context, string sourceId, string taskId, JobApi api) => api.ListTaskLogsAsync(context, sourceId, taskId));
app.MapPost(Sources + "/{sourceId}/tasks/{taskId}/retry", (HttpContext context, string sourceId, string taskId, JobApi api) => api.RetryTaskAsync(context, sourceId, taskId));

app.MapGet("/api/v1/mms/configItems", (HttpContext context, SetupApi api) => api.ListConfigItemsAsync(context));
app.MapPost(Sources, (HttpContext context, SetupApi api) => api.CreateDataSourceAsync(context));
app.MapPut(Sources + "/{sourceId}", (HttpContext context, string sourceId, SetupApi api) => api.UpdateDataSourceAsync(context, sourceId));
app.MapDelete(Sources + "/{sourceId}", (HttpContext context, string sourceId, SetupApi api) => api.DeleteDataSourceAsync(context, sourceId));
app.MapPost(Sources + "/{sourceId}/scans", (HttpContext context, string sourceId, SetupApi api) => api.CreateScanAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/scans/{scanId}", (HttpContext context, string sourceId, string scanId, SetupApi api) => api.GetScanAsync(context, sourceId, scanId));
app.MapPut(Sources + "/{sourceId}/tables", (HttpContext context, string sourceId, SetupApi api) => api.UpdateTablesAsync(context, sourceId));
app.MapPut(Sources + "/{sourceId}/tables/{tableId}", (HttpContext context, string sourceId, string tableId, SetupApi api) => api.UpdateTableAsync(context, sourceId, tableId));
app.MapPut(Sources + "/{sourceId}/dbs/{dbId}", (HttpContext context, string sourceId, string dbId, SetupApi api) => api.UpdateDbAsync(context, sourceId, dbId));

app.MapPost(Sources + "/{sourceId}/timers", (HttpContext context, string sourceId, TimerApi api) => api.CreateTimerAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/timers", (HttpContext context, string sourceId, TimerApi api) => api.ListTimersAsync(context, sourceId));
app.MapGet(Sources + "/{sourceId}/timers/{timerId}", (HttpContext context, string sourceId, string timerId, TimerApi api) => api.GetTimerAsync(context, sourceId, timerId));
app.MapPut(Sources + "/{sourceId}/timers/{timerId}", (HttpContext context, string sourceId, string timerId, TimerApi api) => api.UpdateTimerAsync(context, sourceId, timerId));
app.MapDelete(Sources + "/{sourceId}/timers/{timerId}", (HttpContext context, string sourceId, string timerId, TimerApi api) => api.DeleteTimerAsync(context, sourceId, timerId));
app.MapPost(Sources + "/{sourceId}/timers/{timerId}/trigger",
    (HttpContext context, string sourceId, string timerId, TimerApi api) => api.TriggerTimerAsync(context, sourceId, timerId));
app.MapGet(Sources + "/{sourceId}/timers/{timerId}/logs",
    (HttpContext context, string sourceId, string timerId, TimerApi api) => api.ListTimerLogsAsync(context, sourceId, timerId));

// The control API for tests: unauthenticated, like the rest of the emulator it listens on loopback only.
app.MapPost("/_emulator/faults", (Fault fault, FaultRegistry faults) => Results.Json(new { id = faults.Add(fault) }));
app.MapGet("/_emulator/faults", (FaultRegistry faults) => Results.Json(faults.List()));
app.MapDelete("/_emulator/faults", (FaultRegistry faults) =>
{
    faults.Clear();
    return Results.NoContent();
});
app.MapGet("/_emulator/settings", (EmulatorSettings settings) => Results.Json(settings.Snapshot()));
app.MapPost("/_emulator/settings", (SettingsUpdate update, EmulatorSettings settings) =>
{
    try
    {
        settings.Update(update);
        return Results.Json(settings.Snapshot());
    }
    catch (ArgumentException e)
    {
        return Results.Json(new { error = e.Message }, statusCode: 400);
    }
});
app.MapGet("/_emulator/stats", (RequestStats stats) => Results.Json(stats.Snapshot()));
app.MapPost("/_emulator/stats/reset", (RequestStats stats) =>
{
    stats.Reset();
    return Results.NoContent();
});

// Anything else is an API the gateway does not know.
app.MapFallback((HttpContext context) =>
    new GatewayError(404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method.")
        .ToResult(context, Guid.NewGuid().ToString().ToUpperInvariant()));

await app.StartAsync();
string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine("MmsEmulator listening on " + address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
Console.Out.Flush();

if (options.ParentPid is int parentPid)
{
    // Exit with the process that started us, so a crashed test run leaves no server behind.
    _ = Task.Run(async () =>
    {
        try
        {
            using var parent = Process.GetProcessById(parentPid);
            await parent.WaitForExitAsync();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        await app.StopAsync();
    });
}

await app.WaitForShutdownAsync();
return 0;
