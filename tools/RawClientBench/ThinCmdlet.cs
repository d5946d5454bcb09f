using System;
using System.Management.Automation;
using System.Threading;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;
using System.Text.Json;

namespace RawClientBench
{
    /// <summary>
    /// The floor of any cmdlet that makes Get-MmsTable's call: PowerShell's binding and pipeline (as the no-op
    /// cmdlet) around the module's own client call (as PhaseProfile.Client), with nothing between them: no
    /// connection resolution, no ordered window, no progress, no cancellation. Get-MmsTable minus this is what
    /// the module's cmdlet layer costs per call; this against the raw loop is the best ratio a cmdlet around the
    /// module's client can reach. With -RawRequest it sends the raw loop's request instead (no parsing, no object):
    /// the best ratio any cmdlet that sends this request can reach. With -TransportOnly it sends the same request
    /// through the module's transport and writes the answer undecoded: the module's HTTP path against the raw request.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "MmsBenchThinCall")]
    public sealed class TestMmsBenchThinCallCommand : BenchCmdletBase
    {
        private static MmsApiClient? _client;
        private static RawLoop? _raw;
        private static MmsTransport? _transport;

        [Parameter]
        public SwitchParameter RawRequest { get; set; }

        [Parameter]
        public SwitchParameter TransportOnly { get; set; }

        /// <summary>The raw request's answer decoded by the module's own reader and mapper: the floor of the client call.</summary>
        [Parameter]
        public SwitchParameter RawRequestDecoded { get; set; }

        /// <summary>Builds the one client every call of this cmdlet uses (the benchmark calls it once).</summary>
        public static void Connect(string endpoint, string accessKeyId, string secret, RawLoop raw)
        {
            var connection = new MmsConnection(new Uri(endpoint), null, new MmsCredentials(accessKeyId, secret, null, "bench"));
            _transport = new MmsTransport(connection, MmsHttpClientFactory.CreateClient());
            _client = new MmsApiClient(_transport);
            _raw = raw;
        }

        protected override void ProcessRecord()
        {
            if (_client == null || _raw == null || _transport == null)
            {
                throw new InvalidOperationException("Call [RawClientBench.TestMmsBenchThinCallCommand]::Connect first.");
            }
            foreach (long tableId in TableId)
            {
                WriteObject(RawRequest ? _raw.Run(1)
                    : RawRequestDecoded ? Decode(_raw.SendAsync().GetAwaiter().GetResult())
                    : TransportOnly ? _transport.SendAsync(new ApiRequest("GetMmsTable", "/api/v1/mms/datasources/" + SourceId + "/tables/" + tableId, SourceId), CancellationToken.None).GetAwaiter().GetResult()
                    : (object)_client.GetTableAsync(SourceId, tableId, CancellationToken.None).GetAwaiter().GetResult());
            }
        }

        private static MmsTable Decode(byte[] body)
        {
            ItemResponseDto<MmsTableDto> dto = JsonSerializer.Deserialize(body, MmsJsonContext.Default.ItemResponseDtoMmsTableDto)!;
            return MmsTableMapper.ToTable(dto.Data!, dto.RequestId);
        }
    }
}
