using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Commands;
using Xunit;

namespace MmsPowerShell.Tests
{
    public class PageReadAheadTests
    {
        /// <summary>Pages answered by hand: each fetch waits for its own TaskCompletionSource; records what was started.</summary>
        private sealed class Pages
        {
            private readonly ConcurrentDictionary<int, TaskCompletionSource<int>> _answers = new ConcurrentDictionary<int, TaskCompletionSource<int>>();
            private int _inFlight;

            public List<int> Started { get; } = new List<int>();

            public int MaxInFlight { get; private set; }

            public ConcurrentBag<CancellationToken> Tokens { get; } = new ConcurrentBag<CancellationToken>();

            public async Task<int> Fetch(int pageNum, CancellationToken token)
            {
                lock (Started)
                {
                    Started.Add(pageNum);
                    MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
                }
                Tokens.Add(token);
                try
                {
                    using (token.Register(() => Answer(pageNum).TrySetCanceled()))
                    {
                        return await Answer(pageNum).Task.ConfigureAwait(false);
                    }
                }
                finally
                {
                    lock (Started)
                    {
                        _inFlight--;
                    }
                }
            }

            public TaskCompletionSource<int> Answer(int pageNum) =>
                _answers.GetOrAdd(pageNum, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));

            public int[] StartedSoFar()
            {
                lock (Started)
                {
                    return Started.ToArray();
                }
            }
        }

        [Fact]
        public async Task Pages_come_back_in_page_order_when_they_are_answered_out_of_order()
        {
            var pages = new Pages();
            using (var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 5, 4, CancellationToken.None))
            {
                foreach (int page in new[] { 5, 3, 4, 2 })
                {
                    pages.Answer(page).SetResult(page * 10);
                }
                var taken = new List<int>();
                while (readAhead.HasMore)
                {
                    taken.Add(await readAhead.TakeNext());
                }
                Assert.Equal(new[] { 20, 30, 40, 50 }, taken);
            }
        }

        [Fact]
        public async Task An_answered_page_frees_its_slot_before_the_listing_takes_it()
        {
            // Page 2 is answered but not taken (the pipeline is busy writing): page 4 must start anyway.
            var pages = new Pages();
            using (var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 10, 2, CancellationToken.None))
            {
                Assert.Equal(new[] { 2, 3 }, pages.StartedSoFar());
                pages.Answer(2).SetResult(2);
                await WaitUntil(() => pages.StartedSoFar().Contains(4));
                Assert.Equal(new[] { 2, 3, 4 }, pages.StartedSoFar());
                Assert.Equal(2, await readAhead.TakeNext());
            }
        }

        [Fact]
        public async Task Requests_in_flight_never_exceed_the_limit_and_unwritten_pages_stay_bounded()
        {
            var pages = new Pages();
            using (var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 100, 3, CancellationToken.None))
            {
                // Answer everything that starts, take nothing: at most twice the limit may be started ahead of the listing.
                for (int i = 0; i < 20; i++)
                {
                    foreach (int page in pages.StartedSoFar())
                    {
                        pages.Answer(page).TrySetResult(page);
                    }
                    await Task.Delay(5);
                }
                Assert.Equal(Enumerable.Range(2, 6), pages.StartedSoFar());
                Assert.True(pages.MaxInFlight <= 3, "in flight: " + pages.MaxInFlight);
                Assert.Equal(2, await readAhead.TakeNext());
                await WaitUntil(() => pages.StartedSoFar().Contains(8));
            }
        }

        [Fact]
        public async Task Every_page_is_taken_once_and_the_last_page_ends_it()
        {
            var pages = new Pages();
            using (var done = new CancellationTokenSource())
            using (var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 40, 8, CancellationToken.None))
            {
                var answering = Task.Run(async () =>
                {
                    var random = new Random(7);
                    while (!done.IsCancellationRequested)
                    {
                        foreach (int page in pages.StartedSoFar().OrderBy(_ => random.Next()))
                        {
                            pages.Answer(page).TrySetResult(page);
                        }
                        await Task.Delay(1);
                    }
                });
                var taken = new List<int>();
                while (readAhead.HasMore)
                {
                    taken.Add(await readAhead.TakeNext());
                }
                done.Cancel();
                await answering;
                Assert.Equal(Enumerable.Range(2, 39), taken);
                Assert.Equal(Enumerable.Range(2, 39), pages.StartedSoFar().OrderBy(p => p));
            }
        }

        [Fact]
        public async Task Disposing_cancels_what_is_in_flight_and_starts_nothing_more()
        {
            var pages = new Pages();
            var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 100, 4, CancellationToken.None);
            Task<int> head = readAhead.TakeNext();
            readAhead.Dispose();
            Assert.All(pages.Tokens, token => Assert.True(token.IsCancellationRequested));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => head);
            Assert.Equal(new[] { 2, 3, 4, 5 }, pages.StartedSoFar());
            Assert.True(readAhead.TakeNext().IsCanceled);
        }

        [Fact]
        public async Task Ctrl_C_cancels_the_requests_and_a_page_not_started_comes_back_cancelled()
        {
            var pages = new Pages();
            using (var stopping = new CancellationTokenSource())
            using (var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 100, 1, stopping.Token))
            {
                stopping.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => readAhead.TakeNext());
                Assert.True(readAhead.TakeNext().IsCanceled);
                Assert.Equal(new[] { 2 }, pages.StartedSoFar());
            }
        }

        [Fact]
        public async Task A_failed_page_fails_in_its_place_and_the_pages_before_it_are_still_written()
        {
            var pages = new Pages();
            using (var readAhead = new PageReadAhead<int>(pages.Fetch, 2, 4, 3, CancellationToken.None))
            {
                pages.Answer(3).SetException(new InvalidOperationException("page 3 failed"));
                pages.Answer(2).SetResult(2);
                Assert.Equal(2, await readAhead.TakeNext());
                var e = await Assert.ThrowsAsync<InvalidOperationException>(() => readAhead.TakeNext());
                Assert.Equal("page 3 failed", e.Message);
            }
        }

        private static async Task WaitUntil(Func<bool> condition)
        {
            for (int i = 0; i < 500 && !condition(); i++)
            {
                await Task.Delay(10);
            }
            Assert.True(condition());
        }
    }
}
