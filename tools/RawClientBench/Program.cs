using System;
using System.Globalization;
using RawClientBench;

// Usage: RawClientBench <endpoint> <accessKeyId> <secret-env-var> <sourceId> <tableId> <count>
// Prints the elapsed milliseconds of <count> sequential signed requests, after an untimed round of
// <count> requests, so JIT and connections are warm. The benchmark itself loads this assembly into
// pwsh and calls RawLoop and PhaseProfile directly; this entry point is for running the floor alone.
// The secret comes from an environment variable so it is not on the command line.
if (args.Length != 6)
{
    Console.Error.WriteLine("usage: RawClientBench <endpoint> <accessKeyId> <secret-env-var> <sourceId> <tableId> <count>");
    return 2;
}
int count = int.Parse(args[5], CultureInfo.InvariantCulture);
using var loop = new RawLoop(args[0], args[1], Environment.GetEnvironmentVariable(args[2]) ?? string.Empty,
    long.Parse(args[3], CultureInfo.InvariantCulture), long.Parse(args[4], CultureInfo.InvariantCulture));
loop.Run(count);
Console.WriteLine(loop.Run(count).ToString("F1", CultureInfo.InvariantCulture));
return 0;
