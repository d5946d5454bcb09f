using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using MmsPowerShell.Core.Signing;

// Usage: RawClientBench <endpoint> <accessKeyId> <secret-env-var> <sourceId> <tableId> <count>
// Prints the elapsed milliseconds of <count> sequential signed requests, after an untimed round of
// <count> requests, as the module gets, so both sides are measured with JIT and connections warm.
// The secret comes from an environment variable so it is not on the command line.
if (args.Length != 6)
{
    Console.Error.WriteLine("usage: RawClientBench <endpoint> <accessKeyId> <secret-env-var> <sourceId> <tableId> <count>");
    return 2;
}
var endpoint = new Uri(args[0]);
string keyId = args[1];
byte[] secret = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(args[2]) ?? string.Empty);
string path = "/api/v1/mms/datasources/" + args[3] + "/tables/" + args[4];
int count = int.Parse(args[5], CultureInfo.InvariantCulture);
string host = endpoint.Authority;
using var http = new HttpClient(new SocketsHttpHandler());

async System.Threading.Tasks.Task SendAsync()
{
    var headers = new List<KeyValuePair<string, string>>
    {
        new("host", host),
        new("x-acs-action", "GetMmsTable"),
        new("x-acs-version", "2022-01-04"),
        new("x-acs-date", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("x-acs-signature-nonce", Guid.NewGuid().ToString("N")),
        new("x-acs-content-sha256", Digests.EmptyBodySha256),
    };
    string authorization = Acs3Signer.CreateAuthorization("GET", path, Array.Empty<KeyValuePair<string, string>>(), headers, keyId, secret);
    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, path));
    foreach (var header in headers)
    {
        if (header.Key != "host")
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }
    request.Headers.TryAddWithoutValidation("Authorization", authorization);
    using var response = await http.SendAsync(request);
    await response.Content.ReadAsByteArrayAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException("HTTP " + (int)response.StatusCode);
    }
}

for (int i = 0; i < count; i++)
{
    await SendAsync();
}

var stopwatch = Stopwatch.StartNew();
for (int i = 0; i < count; i++)
{
    await SendAsync();
}
Console.WriteLine(stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
return 0;
