using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Http;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Jobs
{
    /// <summary>
    /// Reads the current state of many jobs of one data source by the page instead of one GetMmsJob each: a poll
    /// round lists the source's running jobs (ListMmsJobs status DOING, and the jobs' common name prefix when there
    /// is one), keeps the jobs asked for (the local filter, whatever the service did with the query), and reads any
    /// job the listing did not show with GetMmsJob (one that has ended, was never started, or moved between pages).
    /// A round never costs much more than reading each job: it reads by id alone when at most one job is expected in
    /// the listing (last seen running, or never read), and stops paging when the pages left outnumber the jobs missing.
    /// Throttling needs nothing of its own here: the transport's retries pause every request of the client, and a
    /// listing that still fails fails the whole round, so a throttled service never gets a GetMmsJob per job instead.
    /// </summary>
    /// <remarks>
    /// Two ways in: <see cref="ReadAllAsync"/> reads a round for every job still being waited for, and
    /// <see cref="ReadAsync"/> answers one job at a time for pollers that read each object on its own. They share
    /// the rounds: a listing answers each job once, and the first job asked for again starts the next round.
    /// </remarks>
    public sealed class MmsJobStateReader
    {
        /// <summary>GetMmsJob requests for jobs the listing missed that may be in flight at once.</summary>
        public const int MaxConcurrentFallbackReads = 4;

        private readonly MmsApiClient _client;
        private readonly long _sourceId;
        private readonly string? _namePrefix;
        private readonly object _lock = new object();
        private readonly HashSet<long> _active;
        private readonly HashSet<long> _answeredThisRound = new HashSet<long>();

        /// <summary>Each job's status at its last read, to tell which jobs a listing of running jobs should show.</summary>
        private readonly Dictionary<long, string?> _lastStatus = new Dictionary<long, string?>();
        private readonly SemaphoreSlim _fallbackGate = new SemaphoreSlim(MaxConcurrentFallbackReads);
        private Round? _round;
        private bool _useNameFilter;

        /// <summary>The service refused ListMmsJobs (no permission for it, say): every job is read by id from then on.</summary>
        private bool _listingRefused;

        /// <param name="client">The client whose transport sends (and backs off) every request.</param>
        /// <param name="sourceId">The data source all the jobs belong to.</param>
        /// <param name="jobIds">The jobs to read.</param>
        /// <param name="namePrefix">What every job's name starts with (e.g. a migration run's "name-"), to narrow the
        /// listing; null or empty lists every running job of the source.</param>
        public MmsJobStateReader(MmsApiClient client, long sourceId, IEnumerable<long> jobIds, string? namePrefix = null)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _sourceId = sourceId;
            _active = new HashSet<long>(jobIds ?? throw new ArgumentNullException(nameof(jobIds)));
            _namePrefix = string.IsNullOrEmpty(namePrefix) ? null : namePrefix;
            _useNameFilter = _namePrefix != null;
        }

        /// <summary>The longest name prefix the jobs share, for the constructor's namePrefix; null when they share none.</summary>
        public static string? CommonNamePrefix(IEnumerable<string?> names)
        {
            string? prefix = null;
            foreach (string? name in names)
            {
                if (string.IsNullOrEmpty(name))
                {
                    return null;
                }
                int length = 0;
                if (prefix == null)
                {
                    prefix = name;
                    continue;
                }
                while (length < prefix.Length && length < name!.Length && prefix[length] == name[length])
                {
                    length++;
                }
                prefix = prefix.Substring(0, length);
                if (prefix.Length == 0)
                {
                    return null;
                }
            }
            return prefix;
        }

        /// <summary>
        /// The jobs still being waited for: every job given, less those seen ended (DONE, FAILED) or stopped. The
        /// listing stops paging once it has found them all.
        /// </summary>
        public IReadOnlyCollection<long> ActiveJobIds
        {
            get
            {
                lock (_lock)
                {
                    return _active.ToList();
                }
            }
        }

        /// <summary>
        /// One poll round for every job still being waited for: each job's state, or the error that kept it from
        /// being read by GetMmsJob. A failed listing (throttling beyond the transport's retries, say) throws: the round
        /// is read again later, as a whole.
        /// </summary>
        public async Task<IReadOnlyList<MmsJobRead>> ReadAllAsync(CancellationToken cancellationToken)
        {
            Round round = NewRound(cancellationToken);
            // A listing that fails throws here, before any GetMmsJob: the round fails as a whole.
            await round.Listing.ConfigureAwait(false);
            IEnumerable<Task<MmsJobRead>> reads = round.Asked.Select(async jobId =>
            {
                try
                {
                    return new MmsJobRead(jobId, await AnswerAsync(round, jobId, cancellationToken).ConfigureAwait(false), null);
                }
                catch (MmsApiException e)
                {
                    return new MmsJobRead(jobId, null, e);
                }
            }).ToList();
            return await Task.WhenAll(reads).ConfigureAwait(false);
        }

        /// <summary>One job's state from the current round's listing, or by GetMmsJob when the listing did not show it.</summary>
        public async Task<MmsJob> ReadAsync(long jobId, CancellationToken cancellationToken)
        {
            Round round;
            lock (_lock)
            {
                _active.Add(jobId);
                round = _round == null || !_answeredThisRound.Add(jobId) ? NewRoundLocked(cancellationToken, jobId) : _round;
            }
            return await AnswerAsync(round, jobId, cancellationToken).ConfigureAwait(false);
        }

        private Round NewRound(CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                Round round = NewRoundLocked(cancellationToken, null);
                foreach (long jobId in round.Asked)
                {
                    _answeredThisRound.Add(jobId);
                }
                return round;
            }
        }

        private Round NewRoundLocked(CancellationToken cancellationToken, long? firstAsked)
        {
            _answeredThisRound.Clear();
            if (firstAsked.HasValue)
            {
                _answeredThisRound.Add(firstAsked.Value);
            }
            var asked = new HashSet<long>(_active);
            // The jobs a listing of running jobs should show: those last seen running, and those never read yet.
            var expected = new HashSet<long>(asked.Where(id => !_lastStatus.TryGetValue(id, out string? status) || status == MmsJobStatus.Doing));
            Round round;
            if (expected.Count <= 1 || _listingRefused)
            {
                // A listing is at least one request: for one running job (or none, e.g. jobs never started) GetMmsJob is as cheap.
                round = new Round(asked, false, Task.FromResult(Listing.None));
            }
            else
            {
                var query = new MmsJobQuery { Status = MmsJobStatus.Doing, NamePrefix = _useNameFilter ? _namePrefix : null };
                round = new Round(asked, query.NamePrefix != null, ListOrFallBackAsync(query, asked, expected, cancellationToken));
            }
            _round = round;
            return round;
        }

        private async Task<MmsJob> AnswerAsync(Round round, long jobId, CancellationToken cancellationToken)
        {
            Listing listing = await round.Listing.ConfigureAwait(false);
            if (!listing.Found.TryGetValue(jobId, out MmsJob? job))
            {
                job = await GetAsync(jobId, cancellationToken).ConfigureAwait(false);
                if (round.ByName && listing.Listed == 0 && job.Status == MmsJobStatus.Doing && !job.Stopped &&
                    job.Name != null && job.Name.StartsWith(_namePrefix!, StringComparison.Ordinal))
                {
                    // An empty listing cannot have lost the job to paging, so the service's name filter is not a prefix
                    // match (the spec does not say how it matches): later rounds list without it.
                    lock (_lock)
                    {
                        _useNameFilter = false;
                    }
                }
            }
            lock (_lock)
            {
                _lastStatus[jobId] = job.Stopped ? MmsJobStatus.Stopped : job.Status;
                if (job.IsFinished || job.Stopped)
                {
                    _active.Remove(jobId);
                }
            }
            return job;
        }

        private async Task<MmsJob> GetAsync(long jobId, CancellationToken cancellationToken)
        {
            await _fallbackGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await _client.GetJobAsync(_sourceId, jobId, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _fallbackGate.Release();
            }
        }

        /// <summary>
        /// The listing, or none when the service refuses it (a RAM policy that grants GetMmsJob alone, a filter it does
        /// not take, an unknown source): the jobs are then read by id, as a per-job poller would, and each gets its own
        /// error if that fails too. A passing fault (throttling, a 5xx, a garbled page, a dropped connection) fails the round.
        /// </summary>
        private async Task<Listing> ListOrFallBackAsync(MmsJobQuery query, HashSet<long> asked, HashSet<long> expected, CancellationToken cancellationToken)
        {
            try
            {
                return await ListAsync(query, asked, expected, cancellationToken).ConfigureAwait(false);
            }
            catch (MmsApiException e) when (e.Kind == MmsErrorKind.PermissionDenied || e.Kind == MmsErrorKind.InvalidRequest ||
                                            e.Kind == MmsErrorKind.NotSupported || e.Kind == MmsErrorKind.NotFound)
            {
                if (e.Kind != MmsErrorKind.NotFound)
                {
                    lock (_lock)
                    {
                        _listingRefused = true;
                    }
                }
                return Listing.None;
            }
        }

        /// <summary>
        /// Pages ListMmsJobs until every expected job is found, the pages run out, the pages left outnumber the
        /// expected jobs still missing (GetMmsJob is then cheaper), or the service answers a page it already gave
        /// (a pager that ignores pageNum); keeps only the asked jobs of this source.
        /// </summary>
        private async Task<Listing> ListAsync(MmsJobQuery query, HashSet<long> asked, HashSet<long> expected, CancellationToken cancellationToken)
        {
            var found = new Dictionary<long, MmsJob>();
            var seenIds = new HashSet<long>();
            for (int pageNum = 1; ; pageNum++)
            {
                MmsPage<MmsJob> page = await _client.ListJobsAsync(_sourceId, query, pageNum, MmsApiClient.PageSize, cancellationToken).ConfigureAwait(false);
                bool anyNew = false;
                foreach (MmsJob job in page.Items)
                {
                    anyNew |= seenIds.Add(job.JobId);
                    if (job.SourceId == _sourceId && asked.Contains(job.JobId))
                    {
                        found[job.JobId] = job;
                    }
                }
                int missing = expected.Count(id => !found.ContainsKey(id));
                // A service that leaves total out (0) is paged until a page brings nothing new.
                long pagesLeft = page.Total <= 0 || page.Items.Count == 0 ? long.MaxValue : (page.Total - seenIds.Count + page.Items.Count - 1) / page.Items.Count;
                if (!anyNew || missing == 0 || pagesLeft <= 0 || (page.Total > 0 && pagesLeft >= missing))
                {
                    return new Listing(found, seenIds.Count);
                }
            }
        }

        private sealed class Round
        {
            public Round(HashSet<long> asked, bool byName, Task<Listing> listing)
            {
                Asked = asked;
                ByName = byName;
                Listing = listing;
            }

            public HashSet<long> Asked { get; }

            /// <summary>The listing was narrowed by the name prefix.</summary>
            public bool ByName { get; }

            public Task<Listing> Listing { get; }
        }

        private sealed class Listing
        {
            /// <summary>No listing: every job is read by GetMmsJob.</summary>
            public static readonly Listing None = new Listing(new Dictionary<long, MmsJob>(), -1);

            public Listing(Dictionary<long, MmsJob> found, int listed)
            {
                Found = found;
                Listed = listed;
            }

            public Dictionary<long, MmsJob> Found { get; }

            /// <summary>How many jobs the listing showed, asked for or not; -1 when there was none.</summary>
            public int Listed { get; }
        }
    }
}
