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

        [Fact]
        public async Task A_cancelled_waiter_gives_up_its_place_and_the_slot_goes_to_the_next()
        {
            var slots = new RequestSlots(1);
            Assert.True(slots.TryEnter());
            using var cancel = new CancellationTokenSource();
            Task cancelled = slots.EnterAsync(cancel.Token);
            Task next = slots.EnterAsync(CancellationToken.None);
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

            slots.Release();
            await next;
            Assert.False(slots.TryEnter());
            slots.Release();
            Assert.True(slots.TryEnter());
        }

        [Fact]
        public async Task A_slot_released_with_only_cancelled_waiters_stays_free()
        {
            var slots = new RequestSlots(1);
            Assert.True(slots.TryEnter());
            using var cancel = new CancellationTokenSource();
            Task cancelled = slots.EnterAsync(cancel.Token);
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
            slots.Release();
            Assert.True(slots.TryEnter());
        }

        [Fact]
        public async Task The_transport_never_has_more_requests_in_flight_than_its_limit()
        {
            int inFlight = 0, most = 0, answered = 0;
            var handler = new StubHttpHandler(async (request, token) =>
            {
                int now = Interlocked.Increment(ref inFlight);
                lock (this)
                {
                    most = Math.Max(most, now);
                }
                await Task.Delay(5, token);
                Interlocked.Decrement(ref inFlight);
                Interlocked.Increment(ref answered);
                return StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, maxInFlight: 2);

            await Task.WhenAll(Enumerable.Range(1, 12).Select(_ => client.GetTableAsync(1, 1, CancellationToken.None)));

            Assert.Equal(12, answered);
            Assert.Equal(2, most);
        }

        [Fact]
        public async Task Retries_stay_within_the_limit()
        {
            int inFlight = 0, most = 0, calls = 0;
            var handler = new StubHttpHandler(async (request, token) =>
            {
                int now = Interlocked.Increment(ref inFlight);
                lock (this)
                {
                    most = Math.Max(most, now);
                }
                await Task.Delay(2, token);
                Interlocked.Decrement(ref inFlight);
                // Every other call fails with a retryable answer.
                return Interlocked.Increment(ref calls) % 2 == 1
                    ? StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}")
                    : StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, maxInFlight: 1);

            await Task.WhenAll(Enumerable.Range(1, 6).Select(_ => client.GetTableAsync(1, 1, CancellationToken.None)));

            Assert.True(calls >= 7, "some requests were retried");
            Assert.Equal(1, most);
        }

        [Fact]
        public async Task A_request_that_waited_long_for_a_slot_is_signed_again_when_it_goes_out()
        {
            var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            var firstSent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var releaseFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handler = new StubHttpHandler(async (request, token) =>
            {
                if (firstSent.TrySetResult(true))
                {
                    await releaseFirst.Task;
                }
                return StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, clock: () => now, maxInFlight: 1);

            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await firstSent.Task;
            Task second = client.GetTableAsync(1, 1, CancellationToken.None); // signed now, then waits for the slot
            now = now.AddMinutes(2);
            releaseFirst.SetResult(true);
            await Task.WhenAll(first, second);

            Assert.Equal(2, handler.Requests.Count);
            Assert.Equal("2026-01-02T03:04:05Z", handler.Requests[0].Headers.GetValues("x-acs-date").Single());
            Assert.Equal("2026-01-02T03:06:05Z", handler.Requests[1].Headers.GetValues("x-acs-date").Single());
        }

        [Fact]
        public async Task A_request_that_waited_briefly_goes_out_with_the_signature_made_before_it_waited()
        {
            var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            var firstSent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var releaseFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handler = new StubHttpHandler(async (request, token) =>
            {
                if (firstSent.TrySetResult(true))
                {
                    await releaseFirst.Task;
                }
                return StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, clock: () => now, maxInFlight: 1);

            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await firstSent.Task;
            Task second = client.GetTableAsync(1, 1, CancellationToken.None);
            now = now.AddSeconds(20);
            releaseFirst.SetResult(true);
            await Task.WhenAll(first, second);

            Assert.Equal("2026-01-02T03:04:05Z", handler.Requests[1].Headers.GetValues("x-acs-date").Single());
        }

        [Fact]
        public async Task A_request_cancelled_while_it_waits_for_a_slot_is_never_sent()
        {
            var firstSent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var releaseFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handler = new StubHttpHandler(async (request, token) =>
            {
                if (firstSent.TrySetResult(true))
                {
                    await releaseFirst.Task;
                }
                return StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, maxInFlight: 1);
            using var cancel = new CancellationTokenSource();

            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await firstSent.Task;
            Task waiting = client.GetTableAsync(1, 2, cancel.Token);
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            releaseFirst.SetResult(true);
            await first;
            await client.GetTableAsync(1, 1, CancellationToken.None);

            Assert.Equal(new[] { "/api/v1/mms/datasources/1/tables/1", "/api/v1/mms/datasources/1/tables/1" },
                handler.Requests.Select(r => r.RequestUri!.AbsolutePath));
        }

        [Fact]
        public async Task A_request_waiting_for_a_slot_also_waits_out_a_throttling_pause_that_began_meanwhile()
        {
            var sent = new List<(string Path, DateTime At)>();
            var firstSent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var answerFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handler = new StubHttpHandler(async (request, token) =>
            {
                lock (sent)
                {
                    sent.Add((request.RequestUri!.AbsolutePath, DateTime.UtcNow));
                }
                if (firstSent.TrySetResult(true))
                {
                    await answerFirst.Task;
                    var throttled = StubHttpHandler.Response((HttpStatusCode)429, "{\"Code\":\"Throttling\",\"Message\":\"slow down\"}");
                    throttled.Headers.Add("x-acs-retry-after", "300");
                    return throttled;
                }
                return StubHttpHandler.Response(HttpStatusCode.OK, TableAnswer);
            });
            var client = TestClients.For(handler, maxInFlight: 1);

            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await firstSent.Task;
            Task waiting = client.GetTableAsync(1, 1, CancellationToken.None);
            answerFirst.SetResult(true);
            await Task.WhenAll(first, waiting);

            Assert.Equal(3, sent.Count);
            Assert.All(sent.Skip(1), request => Assert.True(request.At - sent[0].At >= TimeSpan.FromMilliseconds(280),
                "no request went out during the pause the throttling answer asked for"));
        }

        [Fact]
        public async Task A_retry_keeps_its_slot_so_the_request_waiting_behind_it_goes_out_after_it()
        {
            var paths = new List<string>();
            int calls = 0;
            var firstSent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var answerFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handler = new StubHttpHandler(async (request, token) =>
            {
                string path = request.RequestUri!.AbsolutePath;
                lock (paths)
                {
                    paths.Add(path);
                }
                if (Interlocked.Increment(ref calls) == 1)
                {
                    firstSent.SetResult(true);
                    await answerFirst.Task;
                    return StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}");
                }
                string id = path.Substring(path.LastIndexOf('/') + 1);
                return StubHttpHandler.Response(HttpStatusCode.OK, "{\"data\":{\"id\":" + id + "}}");
            });
            var client = TestClients.For(handler, maxInFlight: 1);

            Task first = client.GetTableAsync(1, 1, CancellationToken.None);
            await firstSent.Task;
            Task second = client.GetTableAsync(1, 2, CancellationToken.None);
            answerFirst.SetResult(true);
            await Task.WhenAll(first, second);

            Assert.Equal(new[] { "/api/v1/mms/datasources/1/tables/1", "/api/v1/mms/datasources/1/tables/1", "/api/v1/mms/datasources/1/tables/2" }, paths);
        }
    }
}
