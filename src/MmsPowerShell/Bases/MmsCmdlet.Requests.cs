using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>By-id requests: ids checked per input row, up to -ThrottleLimit in flight, results and errors written in input order.</summary>
    public abstract partial class MmsCmdlet
    {
        /// <summary>
        /// Starts one item's request and writes finished results in input order. Up to -ThrottleLimit
        /// requests run at once; a failure becomes a non-terminating error in its place in the order,
        /// so the rest of the pipeline goes on.
        /// </summary>
        protected void QueueRequest<T>(Func<CancellationToken, Task<T>> call, MmsReference target, Action<T> write) =>
            QueueRequest(call, target, write, readAhead: false);

        /// <summary>
        /// <see cref="QueueRequest{T}(Func{CancellationToken, Task{T}}, MmsReference, Action{T})"/> for a read: the
        /// window keeps one item more than -ThrottleLimit, so the next request goes out as soon as an answer is read
        /// (the client keeps the requests in flight to the limit) while that answer is decoded and written. A change
        /// is queued with QueueRequest: it waits for its result before the next one is confirmed, so prompts and
        /// results alternate.
        /// </summary>
        protected void QueueRead<T>(Func<CancellationToken, Task<T>> call, MmsReference target, Action<T> write) =>
            QueueRequest(call, target, write, readAhead: true);

        private void QueueRequest<T>(Func<CancellationToken, Task<T>> call, MmsReference target, Action<T> write, bool readAhead)
        {
            _requestsQueued++;
            RequestProgress.Start();
            Task<T> task = call(_stopping.Token);
            var pending = new PendingRequest(task, () =>
            {
                try
                {
                    write(task.GetAwaiter().GetResult());
                }
                catch (MmsApiException e)
                {
                    WriteError(ErrorRecords.FromApiError(e, target));
                }
                catch (FollowUpReadException e)
                {
                    WriteError(e.Error);
                }
            });
            Emit(WindowOf(readAhead).Add(pending));
        }

        /// <summary>
        /// The one get-by-id path: checks the row's ids (see <see cref="AcceptInputIds"/>), then reads each object,
        /// up to -ThrottleLimit at once, and writes them in input order; an id that fails is an error about its target.
        /// </summary>
        /// <param name="rejectedValue">What <see cref="InputIdsAttribute.TakeRejectedValue"/> hands over for this row.</param>
        /// <param name="targetOf">The error target of one id (it names the object and pipes back into the cmdlet).</param>
        /// <param name="read">Reads the object a target names.</param>
        private protected void GetById<TTarget, T>(string parameterName, long[] ids, string? rejectedValue, Func<long, TTarget> targetOf,
            Func<TTarget, CancellationToken, Task<T>> read)
            where TTarget : MmsReference
        {
            foreach (TTarget target in InputTargets(parameterName, ids, rejectedValue, targetOf))
            {
                QueueRead(token => read(target, token), target, item => WriteObject(item));
            }
        }

        /// <summary>
        /// The targets of the row's ids once they are checked (see <see cref="AcceptInputIds"/>): what a by-id cmdlet
        /// acts on, each naming its object for errors; none when the row's ids are not usable (the error is written).
        /// </summary>
        /// <param name="rejectedValue">What <see cref="InputIdsAttribute.TakeRejectedValue"/> hands over for this row.</param>
        private protected IReadOnlyList<TTarget> InputTargets<TTarget>(string parameterName, long[] ids, string? rejectedValue, Func<long, TTarget> targetOf)
            where TTarget : MmsReference =>
            AcceptInputIds(parameterName, ids, rejectedValue) ? ids.Select(targetOf).ToList() : new List<TTarget>();

        /// <summary>
        /// Reads what an accepted create, trigger or change made (a -PassThru read-back, a new object, the jobs of a
        /// timer run). A read that fails does not hide that the change was made: it becomes a
        /// <see cref="FollowUpReadException"/> whose error says so and how to read it (the follow-up rule).
        /// </summary>
        private protected static async Task<T> ReadAfterAsync<T>(AcceptedChange accepted, Func<Task<T>> read)
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (MmsApiException e)
            {
                throw new FollowUpReadException(accepted.FollowUpError(e));
            }
        }

        /// <summary>Sends a change, then, with -PassThru, reads the object back under the follow-up rule; null without -PassThru.</summary>
        private protected static async Task<T?> ChangeThenReadAsync<T>(Func<Task> change, bool passThru, MmsReference target, Func<Task<T>> readBack)
            where T : class
        {
            await change().ConfigureAwait(false);
            return passThru ? await ReadAfterAsync(AcceptedChange.Changed(target), readBack).ConfigureAwait(false) : null;
        }

        /// <summary>
        /// Writes what a change wrote: its -PassThru object, or the error that refused it before anything was sent
        /// (e.g. MmsSuperseded), in its place among the results; nothing when it wrote none.
        /// </summary>
        private protected void WriteIfAny(object? written)
        {
            if (written is ErrorRecord refusal)
            {
                WriteError(refusal);
            }
            else if (written != null)
            {
                WriteObject(written);
            }
        }

        /// <summary>
        /// Ends the call before any input is read when none of the parameters that say what to change was given
        /// (MmsNothingToChange): a Set- cmdlet without them would send requests that change nothing.
        /// </summary>
        private protected void RequireAnyOf(params string[] changeParameters)
        {
            if (changeParameters.Any(MyInvocation.BoundParameters.ContainsKey))
            {
                return;
            }
            string last = "-" + changeParameters[changeParameters.Length - 1];
            string options = changeParameters.Length == 1 ? last
                : string.Join(", ", changeParameters.Take(changeParameters.Length - 1).Select(p => "-" + p)) + " or " + last;
            ThrowTerminatingError(ErrorRecords.Create(MmsErrorIds.NothingToChange, "Nothing to change: give " + options + ".", null));
        }

        /// <summary>Writes an error in its place among the queued results, so it follows the output of earlier input.</summary>
        protected void QueueError(ErrorRecord error) =>
            Emit(WindowOf(readAhead: false).Add(new PendingRequest(Task.FromResult(true), () => WriteError(error))));

        /// <summary>
        /// Call first in ProcessRecord of a parameter set whose id array binds from the pipeline and carries
        /// <see cref="InputIdsAttribute"/>. True when the row's ids are usable; otherwise the error names the input
        /// row and the value: for pipeline input it takes the row's place in the output and the rest go on, for a
        /// value on the command line it ends the call, as a binding error would.
        /// </summary>
        /// <param name="rejectedValue">The row's value that was not an id, as <see cref="InputIdsAttribute.TakeRejectedValue"/> hands it over.</param>
        protected bool AcceptInputIds(string parameterName, long[] ids, string? rejectedValue)
        {
            _inputRows++;
            if (!AcceptIdCellsOfRow())
            {
                return false;
            }
            string? rejected = rejectedValue;
            if (rejected == null && ids.Length > 0)
            {
                return true;
            }
            RefuseRow(parameterName, rejected);
            return false;
        }

        /// <summary>
        /// Call first in ProcessRecord of a cmdlet that binds a <see cref="WholeIdAttribute"/> id from the pipeline and calls
        /// no <see cref="AcceptInputIds"/>. True when the row's ids are usable; otherwise the error names the input row and the
        /// value, as <see cref="AcceptInputIds"/> does.
        /// </summary>
        protected internal bool AcceptIdCells()
        {
            _inputRows++;
            return AcceptIdCellsOfRow();
        }

        /// <summary>Refuses text the command line gave an id parameter ('1.5', '') before anything is sent.</summary>
        protected override void BeginProcessing()
        {
            string? parameter = RefusedIdParameter(out string? text);
            if (parameter != null)
            {
                ThrowTerminatingError(InvalidIdError(parameter, text, row: null));
            }
        }

        private bool AcceptIdCellsOfRow()
        {
            string? parameter = RefusedIdParameter(out string? text);
            if (parameter == null)
            {
                return true;
            }
            RefuseRow(parameter, text);
            return false;
        }

        /// <summary>The first bound id parameter whose text <see cref="WholeIdAttribute"/> refused, and that text; null when none.</summary>
        private string? RefusedIdParameter(out string? text)
        {
            foreach (KeyValuePair<string, object> bound in MyInvocation.BoundParameters)
            {
                object? value = bound.Value is PSObject wrapped ? wrapped.BaseObject : bound.Value;
                foreach (long id in value is long single ? new[] { single } : value as long[] ?? new long[0])
                {
                    text = WholeIdAttribute.RefusedText(id);
                    if (text != null)
                    {
                        return bound.Key;
                    }
                }
            }
            text = null;
            return null;
        }

        /// <summary>The row's refused id: in its place in the output when it came from the pipeline, else the end of the call.</summary>
        private void RefuseRow(string parameterName, string? rejected)
        {
            ErrorRecord error = InvalidIdError(parameterName, rejected, MyInvocation.ExpectingInput ? _inputRows : (long?)null);
            if (!MyInvocation.ExpectingInput)
            {
                ThrowTerminatingError(error);
            }
            QueueError(error);
        }

        private static ErrorRecord InvalidIdError(string parameterName, string? rejected, long? row)
        {
            string value = rejected == null ? "(none)" : rejected.Trim().Length == 0 ? "'" + rejected + "' (empty)" : "'" + ServiceText.Sanitize(rejected) + "'";
            return ErrorRecords.Create(MmsErrorIds.InvalidInputId,
                (row.HasValue ? "Input row " + row + ": " : string.Empty) + parameterName + " " + value + " is not an id (a whole number from 1)" +
                (row.HasValue ? "; the row was skipped." : "."),
                rejected, "Correct the " + parameterName + " value" + (row.HasValue ? " in row " + row + " of the input." : "."));
        }

        /// <summary>Writes what is still in flight when the input ends.</summary>
        protected override void EndProcessing() => DrainWindow();

        /// <summary>Writes every queued result, so output written next stays in input order.</summary>
        protected void DrainWindow()
        {
            while (_window != null && _window.Count > 0)
            {
                Emit(new[] { _window.WaitForHead() });
            }
            FlushVerbose();
            _requestProgress?.Complete();
        }

        /// <summary>Waits for one call on the pipeline thread; Ctrl+C ends the pipeline.</summary>
        protected internal T AwaitOnPipeline<T>(Func<CancellationToken, Task<T>> call)
        {
            try
            {
                return call(_stopping.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                FlushVerbose();
            }
        }

        /// <summary>
        /// The call's window, sized by the first item queued: a call queues reads or changes (a refused row queued
        /// first only costs a read call its read-ahead).
        /// </summary>
        private OrderedWindow<PendingRequest> WindowOf(bool readAhead) =>
            _window ?? (_window = new OrderedWindow<PendingRequest>(readAhead ? ThrottleLimit + 1 : ThrottleLimit, pending => pending.Task));

        private void Emit(IEnumerable<PendingRequest> finished)
        {
            try
            {
                foreach (PendingRequest pending in finished)
                {
                    pending.Emit();
                    _requestsWritten++;
                    RequestProgress.Report(_requestsWritten, RequestsExpected, "Requests answered");
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                FlushVerbose();
            }
        }

        private ProgressReporter RequestProgress => _requestProgress ?? (_requestProgress = new ProgressReporter(MyInvocation.MyCommand.Name, WriteProgress));

        /// <summary>
        /// How many by-id requests this call makes, when it can be known: ids on the command line are the longest id
        /// array bound (ids are long[] throughout the module); pipeline input has no count until it ends.
        /// </summary>
        private long? RequestsExpected
        {
            get
            {
                if (MyInvocation.ExpectingInput)
                {
                    return null;
                }
                if (!_requestsExpected.HasValue)
                {
                    long longest = 0;
                    foreach (object? value in MyInvocation.BoundParameters.Values)
                    {
                        if (value is long[] ids)
                        {
                            longest = Math.Max(longest, ids.Length);
                        }
                    }
                    _requestsExpected = longest;
                }
                return Math.Max(_requestsExpected.Value, _requestsQueued);
            }
        }
        /// <summary>A request in flight and how to write its outcome on the pipeline thread.</summary>
        private sealed class PendingRequest
        {
            public PendingRequest(Task task, Action emit)
            {
                Task = task;
                Emit = emit;
            }

            public Task Task { get; }

            public Action Emit { get; }
        }
    }
}
