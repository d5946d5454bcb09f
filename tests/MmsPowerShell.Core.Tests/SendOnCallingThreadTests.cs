using System.Diagnostics;
using System.Net.Sockets;
using MmsPowerShell.Core.Connection;
using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>
    /// The transport sending on the calling thread (what -ThrottleLimit 1 uses), over a real socket handler and a
    /// loopback server that answers, hangs, or stops part way through a body: the answer is there when the call
    /// returns, and the attempt's deadline, retries and cancellation still hold.
    /// </summary>
    public sealed class SendOnCallingThreadTests : IDisposable
    {
        private static readonly byte[] Example = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "GetMmsTable-example.json"));

        private readonly LoopbackServer _server = new LoopbackServer();
        private readonly HttpClient _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        public void Dispose()
        {
            _http.Dispose();
            _server.Dispose();
        }

        private MmsApiClient Client(bool sendOnCallingThread, TimeSpan attemptTimeout, int attempts = 1) =>
            new MmsApiClient(new MmsTransport(
                new MmsConnection(_server.Endpoint, null, new MmsCredentials("LTAITestKeyId", TestClients.Secret, null, "test")),
                _http, retry: new RetryPolicy(attempts, attemptTimeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)),
                sendOnCallingThread: sendOnCallingThread));

        [Fact]
        public async Task An_answer_that_arrives_whole_is_decoded_by_the_time_the_call_returns()
        {
            _server.Answer = LoopbackServer.Whole(Example);
            MmsApiClient client = Client(sendOnCallingThread: true, TimeSpan.FromSeconds(30));
            for (int i = 0; i < 20; i++)
            {
                Task<MmsTable> call = client.GetTableAsync(2000028, 22, CancellationToken.None);
                Assert.True(call.IsCompleted, "request " + i + " was still pending when the call returned");
                Assert.Equal("test", (await call).Name);
            }
            Assert.Equal(20, _server.Requests);
        }

        [Fact]
        public async Task Awaited_sends_return_before_a_slow_answer_comes()
        {
            // The contrast: without the option the call hands back a pending task (what concurrency relies on).
            _server.Answer = LoopbackServer.After(TimeSpan.FromMilliseconds(300), LoopbackServer.Whole(Example));
            MmsApiClient client = Client(sendOnCallingThread: false, TimeSpan.FromSeconds(30));
            Task<MmsTable> call = client.GetTableAsync(2000028, 22, CancellationToken.None);
            Assert.False(call.IsCompleted);
            Assert.Equal("test", (await call).Name);
        }

        [Fact]
        public async Task A_server_that_never_answers_times_out_each_attempt_and_is_retried()
        {
            _server.Answer = LoopbackServer.Never;
            MmsApiClient client = Client(sendOnCallingThread: true, TimeSpan.FromSeconds(1), attempts: 2);
            var stopwatch = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<MmsApiException>(() => client.GetTableAsync(2000028, 22, CancellationToken.None));
            Assert.Equal(MmsErrorIds.RequestTimeout.Id, error.ErrorCode);
            Assert.Equal(2, error.Attempts);
            Assert.Equal(2, _server.Requests);
            Assert.InRange(stopwatch.Elapsed.TotalSeconds, 1.5, 20);
        }

        [Fact]
        public async Task A_body_that_stops_part_way_times_out()
        {
            // Headers and the first bytes come at once, the rest never: the body is read under the attempt's deadline.
            _server.Answer = LoopbackServer.Partial(Example, 40);
            MmsApiClient client = Client(sendOnCallingThread: true, TimeSpan.FromSeconds(1));
            var error = await Assert.ThrowsAsync<MmsApiException>(() => client.GetTableAsync(2000028, 22, CancellationToken.None));
            Assert.Equal(MmsErrorIds.RequestTimeout.Id, error.ErrorCode);
        }

        [Fact]
        public async Task Cancelling_from_another_thread_stops_a_hanging_send_at_once()
        {
            // What Ctrl+C does: StopProcessing cancels the token on another thread while the pipeline thread waits in the send.
            _server.Answer = LoopbackServer.Never;
            MmsApiClient client = Client(sendOnCallingThread: true, TimeSpan.FromMinutes(10));
            using (var stop = new CancellationTokenSource())
            {
                var stopwatch = Stopwatch.StartNew();
                stop.CancelAfter(TimeSpan.FromMilliseconds(300));
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetTableAsync(2000028, 22, stop.Token));
                Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0.2, 10);
            }
        }

        [Fact]
        public async Task A_transient_failure_is_retried_and_the_retry_answers()
        {
            int calls = 0;
            _server.Answer = stream =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    LoopbackServer.Status(503, Encoding.UTF8.GetBytes("{\"RequestId\":\"R\",\"Code\":\"ServiceUnavailable\",\"Message\":\"m\"}"))(stream);
                }
                else
                {
                    LoopbackServer.Whole(Example)(stream);
                }
            };
            MmsApiClient client = Client(sendOnCallingThread: true, TimeSpan.FromSeconds(30), attempts: 3);
            Assert.Equal("test", (await client.GetTableAsync(2000028, 22, CancellationToken.None)).Name);
            Assert.Equal(2, _server.Requests);
        }

        /// <summary>An HTTP/1.1 server on loopback: reads each request's head and answers it as <see cref="Answer"/> says.</summary>
        private sealed class LoopbackServer : IDisposable
        {
            private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();
            private readonly List<TcpClient> _connections = new List<TcpClient>();
            private int _requests;

            public LoopbackServer()
            {
                _listener.Start();
                Endpoint = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
                Task.Run(AcceptAsync);
            }

            public Uri Endpoint { get; }

            public Action<Stream> Answer { get; set; } = Never;

            public int Requests => Volatile.Read(ref _requests);

            public static void Never(Stream stream) => Thread.Sleep(Timeout.Infinite);

            public static Action<Stream> Whole(byte[] body) => Status(200, body);

            public static Action<Stream> Status(int status, byte[] body) => stream =>
            {
                byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + body.Length +
                                                      "\r\nx-acs-request-id: 11111111-2222-3333-4444-555555555555\r\n\r\n");
                // Head and body in one write, as a server sends a small answer: it arrives whole.
                var whole = new byte[head.Length + body.Length];
                head.CopyTo(whole, 0);
                body.CopyTo(whole, head.Length);
                stream.Write(whole, 0, whole.Length);
                stream.Flush();
            };

            public static Action<Stream> After(TimeSpan delay, Action<Stream> answer) => stream =>
            {
                Thread.Sleep(delay);
                answer(stream);
            };

            public static Action<Stream> Partial(byte[] body, int sent) => stream =>
            {
                byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\n\r\n");
                stream.Write(head, 0, head.Length);
                stream.Write(body, 0, sent);
                stream.Flush();
                Thread.Sleep(Timeout.Infinite);
            };

            public void Dispose()
            {
                _stop.Cancel();
                _listener.Stop();
                lock (_connections)
                {
                    foreach (TcpClient connection in _connections)
                    {
                        connection.Dispose();
                    }
                }
            }

            private async Task AcceptAsync()
            {
                while (!_stop.IsCancellationRequested)
                {
                    TcpClient connection;
                    try
                    {
                        connection = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                    }
                    catch (Exception) when (_stop.IsCancellationRequested)
                    {
                        return;
                    }
                    lock (_connections)
                    {
                        _connections.Add(connection);
                    }
                    // A thread per connection: answers block (a hang is a sleeping thread), the accept loop does not.
                    new Thread(() => Serve(connection)) { IsBackground = true }.Start();
                }
            }

            private void Serve(TcpClient connection)
            {
                try
                {
                    NetworkStream stream = connection.GetStream();
                    while (ReadHead(stream))
                    {
                        Interlocked.Increment(ref _requests);
                        Answer(stream);
                    }
                }
                catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is SocketException)
                {
                    // The client closed the connection (a timeout, a cancellation) or the test ended.
                }
            }

            /// <summary>Reads up to the blank line that ends a request head; false when the client closed the connection.</summary>
            private static bool ReadHead(Stream stream)
            {
                int matched = 0;
                var one = new byte[1];
                while (matched < 4)
                {
                    if (stream.Read(one, 0, 1) == 0)
                    {
                        return false;
                    }
                    matched = one[0] == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (one[0] == '\r' ? 1 : 0);
                }
                return true;
            }
        }
    }
}
