using System.Net;
using System.Threading;
using System.Threading.Tasks;
using MmsPowerShell.Commands;

namespace MmsPowerShell.Tests
{
    public class OrderedWindowTests
    {
        private sealed class Item
        {
            public Item(int id)
            {
                Id = id;
            }

            public int Id { get; }

            public TaskCompletionSource<bool> Done { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        [Fact]
        public void Items_come_back_in_input_order_even_when_they_finish_out_of_order()
        {
            var window = new OrderedWindow<Item>(3, i => i.Done.Task);
            var items = Enumerable.Range(1, 3).Select(i => new Item(i)).ToList();
            Assert.Empty(window.Add(items[0]));
            Assert.Empty(window.Add(items[1]));
            items[1].Done.SetResult(true); // the second finishes first: nothing may be handed back yet
            items[0].Done.SetResult(true);
            items[2].Done.SetResult(true);
            var ready = window.Add(items[2]).Select(i => i.Id).ToList();
            Assert.Equal(new[] { 1, 2, 3 }, ready);
            Assert.Equal(0, window.Count);
        }

        [Fact]
        public void Finished_heads_stream_out_as_soon_as_they_are_ready()
        {
            var window = new OrderedWindow<Item>(8, i => i.Done.Task);
            var first = new Item(1);
            first.Done.SetResult(true);
            Assert.Equal(new[] { 1 }, window.Add(first).Select(i => i.Id));
        }

        [Fact]
        public async Task A_full_window_waits_for_the_oldest_so_in_flight_never_exceeds_the_limit()
        {
            var window = new OrderedWindow<Item>(2, i => i.Done.Task);
            var a = new Item(1);
            var b = new Item(2);
            Assert.Empty(window.Add(a));
            var adding = Task.Run(() => window.Add(b).Select(i => i.Id).ToList());
            Assert.NotSame(adding, await Task.WhenAny(adding, Task.Delay(200))); // must wait while two are pending
            a.Done.SetResult(true);
            Assert.Same(adding, await Task.WhenAny(adding, Task.Delay(5000)));
            Assert.Equal(new[] { 1 }, await adding);
            Assert.Equal(1, window.Count);
        }

        [Fact]
        public void Faulted_operations_are_handed_back_in_place_not_thrown()
        {
            var window = new OrderedWindow<Item>(1, i => i.Done.Task);
            var failing = new Item(1);
            failing.Done.SetException(new InvalidOperationException("boom"));
            Assert.Equal(new[] { 1 }, window.Add(failing).Select(i => i.Id));
        }

        [Fact]
        public void Limit_below_one_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new OrderedWindow<Item>(0, i => i.Done.Task));
        }
    }
}
