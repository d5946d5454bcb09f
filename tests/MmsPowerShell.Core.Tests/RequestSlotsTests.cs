using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Tests
{
    public class RequestSlotsTests
    {
        private const string TableAnswer = "{\"requestId\":\"R\",\"data\":{\"id\":1,\"name\":\"t\"}}";

        [Fact]
        public void Free_slots_are_taken_without_waiting_and_come_back_on_release()
        {
            var slots = new RequestSlots(2);
            Assert.True(slots.TryEnter());
            Assert.True(slots.TryEnter());
            Assert.False(slots.TryEnter());
            slots.Release();
            Assert.True(slots.TryEnter());
            Assert.False(slots.TryEnter());
        }

        [Fact]
        public void At_least_one_slot_is_required()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new RequestSlots(0));
        }

        [Fact]
        public async Task Waiters_get_freed_slots_first_come_first_served()
        {
            var slots = new RequestSlots(1);
            Assert.True(slots.TryEnter());
            var order = new List<int>();
            Task first = slots.EnterAsync(CancellationToken.None).ContinueWith(_ => { lock (order) { order.Add(1); } }, TaskContinuationOptions.ExecuteSynchronously);
            Task second = slots.EnterAsync(CancellationToken.None).ContinueWith(_ => { lock (order) { order.Add(2); } }, TaskContinuationOptions.ExecuteSynchronously);
            Assert.False(first.IsCompleted);
            Assert.False(second.IsCompleted);

            slots.Release();
            await first;
            Assert.False(second.IsCompleted);
            slots.Release();
            await second;
            Assert.Equal(new[] { 1, 2 }, order);
            Assert.False(slots.TryEnter());
        }

        [Fact]
        public async Task A_freed_slot_starts_the_waiter_on_the_releasing_thread()
        {
            var slots = new RequestSlots(1);
            Assert.True(slots.TryEnter());
            int waiterThread = 0;
            Task waiter = Waiter();
            // Released from a pool thread, as the transport does when an answer is read (a thread with a
            // synchronization context, like the test's own, never runs continuations inline).
            (int releasingThread, bool ranBeforeReleaseReturned) = await Task.Run(() =>
            {
                slots.Release();
                return (Environment.CurrentManagedThreadId, waiter.IsCompleted);
            });
            await waiter;
            Assert.True(ranBeforeReleaseReturned, "the waiter ran before Release returned");
            Assert.Equal(releasingThread, waiterThread);

            async Task Waiter()
            {
                await slots.EnterAsync(CancellationToken.None).ConfigureAwait(false);
                waiterThread = Environment.CurrentManagedThreadId;
            }
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_cancelled_waiter_gives_up_its_place(bool anotherWaitsBehindIt)
        {
            var slots = new RequestSlots(1);
            Assert.True(slots.TryEnter());
            using var cancel = new CancellationTokenSource();
            Task cancelled = slots.EnterAsync(cancel.Token);
            Task? next = anotherWaitsBehindIt ? slots.EnterAsync(CancellationToken.None) : null;
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

            slots.Release();
            if (next != null)
            {
                // The freed slot went to the waiter behind the cancelled one.
                await next;
                Assert.False(slots.TryEnter());
                slots.Release();
            }
            Assert.True(slots.TryEnter());
        }

        [Theory]
        [InlineData(2, false)]
        [InlineData(1, true)] // every other answer a retryable 503: retries stay within the limit too
        public async Task The_transport_never_has_more_requests_in_flight_than_its_limit(int limit, bool everyOtherFails)
        {
            int inFlight = 0, most = 0, calls = 0;
            var handler = new StubHttpHandler(async (request, token) =>
            {
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                await Task.Delay(3, token);
                Interlocked.Decrement(ref inFlight);
                return everyOtherFails && Interlocked.Increment(ref calls) % 2 == 1
                    ? StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}")
                    : StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, maxInFlight: limit);

            MmsPowerShell.Core.Models.MmsTable[] tables = await Task.WhenAll(Enumerable.Range(1, 8).Select(_ => client.GetTableAsync(1, 1, CancellationToken.None)));

            Assert.Equal(8, tables.Length);
            Assert.Equal(limit, most);
            Assert.True(!everyOtherFails || calls >= 9, "some requests were retried");
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }

        [Theory]
        [InlineData(120, "2026-01-02T03:06:05Z")] // waited two minutes: signed again when it goes out
        [InlineData(20, "2026-01-02T03:04:05Z")]  // waited briefly: the signature made before it waited
        public async Task A_request_that_waited_for_a_slot_is_signed_again_only_after_a_long_wait(int waitedSeconds, string sentDate)
        {
            var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            var held = new HeldFirstRequest();
            var client = TestClients.For(held.Handler, clock: () => now, maxInFlight: 1);

            await held.SendTwoAsync(client, whileSecondWaits: () => now = now.AddSeconds(waitedSeconds));

            Assert.Equal(2, held.Handler.Requests.Count);
            Assert.Equal("2026-01-02T03:04:05Z", held.Handler.Requests[0].Headers.GetValues("x-acs-date").Single());
            Assert.Equal(sentDate, held.Handler.Requests[1].Headers.GetValues("x-acs-date").Single());
        }

        [Fact]
        public async Task A_request_cancelled_while_it_waits_for_a_slot_is_never_sent()
        {
            var held = new HeldFirstRequest();
            var client = TestClients.For(held.Handler, maxInFlight: 1);
            using var cancel = new CancellationTokenSource();

            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await held.FirstSent.Task;
            Task waiting = client.GetTableAsync(1, 2, cancel.Token);
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            held.ReleaseFirst.SetResult(true);
            await first;
            await client.GetTableAsync(1, 1, CancellationToken.None);

            Assert.Equal(new[] { "/api/v1/mms/datasources/1/tables/1", "/api/v1/mms/datasources/1/tables/1" },
                held.Handler.Requests.Select(r => r.RequestUri!.AbsolutePath));
        }

        [Fact]
        public async Task A_request_waiting_for_a_slot_also_waits_out_a_throttling_pause_that_began_meanwhile()
        {
            var held = new HeldFirstRequest(() =>
            {
                var throttled = StubHttpHandler.Response((HttpStatusCode)429, "{\"Code\":\"Throttling\",\"Message\":\"slow down\"}");
                throttled.Headers.Add("x-acs-retry-after", "300");
                return throttled;
            });
            var client = TestClients.For(held.Handler, maxInFlight: 1);

            await held.SendTwoAsync(client);

            Assert.Equal(3, held.Sent.Count);
            Assert.All(held.Sent.Skip(1), request => Assert.True(request.At - held.Sent[0].At >= TimeSpan.FromMilliseconds(280),
                "no request went out during the pause the throttling answer asked for"));
        }

        [Fact]
        public async Task A_retry_keeps_its_slot_so_the_request_waiting_behind_it_goes_out_after_it()
        {
            var held = new HeldFirstRequest(() => StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
            var client = TestClients.For(held.Handler, maxInFlight: 1);

            await held.SendTwoAsync(client);

            Assert.Equal(new[] { "/api/v1/mms/datasources/1/tables/1", "/api/v1/mms/datasources/1/tables/1", "/api/v1/mms/datasources/1/tables/2" },
                held.Sent.Select(request => request.Path));
        }

        /// <summary>
        /// A handler that holds the first request until released and then gives it <c>firstAnswer</c> (a table by
        /// default), so the next one waits for the slot meanwhile; every later request gets the table it asks for.
        /// </summary>
        private sealed class HeldFirstRequest
        {
            public HeldFirstRequest(Func<HttpResponseMessage>? firstAnswer = null)
            {
                Handler = new StubHttpHandler(async (request, token) =>
                {
                    string path = request.RequestUri!.AbsolutePath;
                    lock (Sent)
                    {
                        Sent.Add((path, DateTime.UtcNow));
                    }
                    if (FirstSent.TrySetResult(true))
                    {
                        await ReleaseFirst.Task;
                        if (firstAnswer != null)
                        {
                            return firstAnswer();
                        }
                    }
                    return StubHttpHandler.Response(HttpStatusCode.OK, "{\"data\":{\"id\":" + path.Substring(path.LastIndexOf('/') + 1) + "}}");
                });
            }

            /// <summary>
            /// Asks for table 1, then, while that request is held, for table 2 (signed, then waiting for the slot); lets
            /// the first answer go after <paramref name="whileSecondWaits"/> and waits for both.
            /// </summary>
            public async Task SendTwoAsync(MmsApiClient client, Action? whileSecondWaits = null)
            {
                Task first = client.GetTableAsync(1, 1, CancellationToken.None);
                await FirstSent.Task;
                Task second = client.GetTableAsync(1, 2, CancellationToken.None);
                whileSecondWaits?.Invoke();
                ReleaseFirst.SetResult(true);
                await Task.WhenAll(first, second);
            }

            public TaskCompletionSource<bool> FirstSent { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            public TaskCompletionSource<bool> ReleaseFirst { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            /// <summary>Every request's path and when it reached the handler, in order.</summary>
            public List<(string Path, DateTime At)> Sent { get; } = new List<(string Path, DateTime At)>();

            public StubHttpHandler Handler { get; }
        }
    }
}
