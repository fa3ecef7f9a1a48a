namespace SearchEngine.Core.Duplicates;

/// <summary>
/// The in-memory duplicate index: articles are added and removed one at a time, each new article is compared only
/// with the candidates the index proposes (equal exact hash, an LSH band, shared distinctive story features, shared
/// passage marks), never with every article, and clusters are kept up to date per level.
/// <para>
/// Clustering rule, which stops drifting chains (A≈B, B≈C, A≉C) from gluing unrelated articles together: an
/// article joins an existing cluster only if it matches, at that level, a strict majority of the cluster's members
/// (for two members: both; for three: two). If it qualifies for several clusters it joins the one it matches best;
/// if for none, it starts a new cluster with its best-matching unclustered neighbour. So a member is always similar
/// to most of its cluster, and a chain stops growing where it drifts. Removing an article dissolves its clusters and
/// re-assigns their remaining members by the same rule, in the order they were added. The result depends on the
/// order of addition only where the rule leaves a choice, so <see cref="Load"/> adds in date order for a
/// reproducible rebuild. Pair scores that decide clusters are taken when the later article is added; story scores
/// reported by <see cref="MatchesOf"/> and <see cref="Clusters"/> are recomputed with current document frequencies.
/// </para>
/// <para>
/// The work of adding one article is bounded whatever the index's size, so a rebuild is linear: at most
/// <see cref="DuplicateOptions.StoryIndexFeatures"/> features find at most <see cref="DuplicateOptions.StoryMaxCandidates"/>
/// story candidates, passage marks held by more than 50 articles are ignored as boilerplate, and an article keeps at
/// most <see cref="DuplicateOptions.MaxPassagePartners"/> passage partners. Given a shingle source, the index keeps
/// no shingle sets and reads them only for the near-duplicate candidates whose MinHash estimate is close enough.
/// </para>
/// <para>All public members take one lock: one writer at a time, and readers see a consistent state.</para>
/// </summary>
public sealed class DuplicateIndex
{
    private const int MaxPassagePostings = 50;

    private readonly DuplicateOptions _options;
    private readonly Lock _gate = new();
    private readonly List<Entry?> _entries = [];
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<int>> _exact = [];
    private readonly LshIndex _lsh;
    private readonly PostingMap _storyPostings = new();
    private readonly PostingMap _passagePostings = new();
    private readonly DocumentFrequencies _frequencies;
    private readonly Clustering[] _clusterings = [new(), new(), new()];
    // Scratch maps reused by every addition (always under the lock): candidates counted by shared features or marks.
    private readonly Dictionary<int, (int Count, double Weight)> _sharedFeatures = [];
    private readonly Dictionary<int, int> _sharedMarks = [];
    private readonly HashSet<int> _nearCandidates = [];
    private readonly List<(int Diagonal, PassageMark Mine, PassageMark Theirs)> _sharedPairs = [];

    private readonly Func<string, uint[]>? _shingleSource;

    /// <param name="options">Thresholds; the defaults are the tuned ones.</param>
    /// <param name="background">Word frequencies the story level starts from; <see cref="BackgroundFrequencies.English"/> by default.</param>
    /// <param name="shingles">
    /// Gives an indexed article's shingle set by id (from its stored text). With it, the index keeps no shingles in
    /// memory and asks only for the pairs LSH proposes; without it, each article's shingles are kept from its fingerprint.
    /// </param>
    public DuplicateIndex(DuplicateOptions? options = null, BackgroundFrequencies? background = null, Func<string, uint[]>? shingles = null)
    {
        _shingleSource = shingles;
        _options = options ?? new DuplicateOptions();
        _frequencies = new DocumentFrequencies(background ?? BackgroundFrequencies.English);
        _lsh = new LshIndex(_options.Bands, _options.Rows);
    }

    public DuplicateOptions Options => _options;

    /// <summary>
    /// Rebuilds an index from stored fingerprints (see <see cref="ArticleFingerprint.FromBytes"/>), oldest first and
    /// undated last, ties by id, so the same store always gives the same clusters.
    /// </summary>
    public static DuplicateIndex Load(IEnumerable<ArticleFingerprint> fingerprints, DuplicateOptions? options = null,
        BackgroundFrequencies? background = null, Func<string, uint[]>? shingles = null)
    {
        var index = new DuplicateIndex(options, background, shingles);
        foreach (var fingerprint in fingerprints.OrderBy(f => f.Date ?? DateOnly.MaxValue).ThenBy(f => f.Id, StringComparer.Ordinal))
            lock (index._gate) index.AddLocked(fingerprint);
        return index;
    }

    /// <summary>
    /// <see cref="Load"/> for fingerprints that already come oldest first (undated last, ties by id), as a store can
    /// stream them: none is held once added, which at 100k articles is half a gigabyte the collector no longer walks.
    /// Ids tie-break in the store's order; only the dates must ascend, and an out-of-order date throws.
    /// </summary>
    public static DuplicateIndex LoadInOrder(IEnumerable<ArticleFingerprint> ordered, DuplicateOptions? options = null,
        BackgroundFrequencies? background = null, Func<string, uint[]>? shingles = null)
    {
        var index = new DuplicateIndex(options, background, shingles);
        var previous = DateOnly.MinValue;
        foreach (var fingerprint in ordered)
        {
            var date = fingerprint.Date ?? DateOnly.MaxValue;
            if (date < previous) throw new ArgumentException($"fingerprints out of date order at {fingerprint.Id}", nameof(ordered));
            previous = date;
            lock (index._gate) index.AddLocked(fingerprint);
        }
        return index;
    }

    public int Count
    {
        get { lock (_gate) return _handles.Count; }
    }

    public bool Contains(string id)
    {
        lock (_gate) return _handles.ContainsKey(id);
    }

    /// <summary>The outlet an indexed article was published by, or null.</summary>
    public string? OutletOf(string id)
    {
        lock (_gate) return _handles.TryGetValue(id, out var handle) ? _entries[handle]!.Fingerprint.Outlet : null;
    }

    /// <summary>Adds an article (replacing one with the same id) and returns what it matches.</summary>
    public IReadOnlyList<DuplicateMatch> Add(ArticleFingerprint fingerprint)
    {
        lock (_gate) return MatchesLocked(AddLocked(fingerprint));
    }

    /// <summary>Adds without listing the matches: a rebuild adds every article and lists nothing.</summary>
    private int AddLocked(ArticleFingerprint fingerprint)
    {
        if (_handles.ContainsKey(fingerprint.Id)) RemoveLocked(fingerprint.Id);
        var handle = _entries.Count;
        // The story fields live on in StoryFeatures; keeping them twice would double the memory per article.
        var story = StoryFeatures.Of(fingerprint);
        var kept = fingerprint with { Terms = [], Persons = [], Names = [], Numbers = [], Quotes = [], Passages = [] };
        if (_shingleSource is not null) kept = kept with { Shingles = [], ShingleCount = fingerprint.ShingleCount };
        var marks = fingerprint.Passages.ToArray();
        Array.Sort(marks, static (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : a.Word.CompareTo(b.Word));
        var entry = new Entry(kept, story, marks);
        _entries.Add(entry);
        _handles[fingerprint.Id] = handle;

        var clock = System.Diagnostics.Stopwatch.GetTimestamp();
        MatchExact(handle, entry);
        MatchNear(handle, entry, fingerprint.Shingles);
        _phases[0] += Lap(ref clock);
        MatchStory(handle, entry);
        _phases[1] += Lap(ref clock);
        MatchPassages(handle, entry);
        _phases[2] += Lap(ref clock);
        for (var level = 0; level < _clusterings.Length; level++) Assign(handle, (DuplicateLevel)level);
        _phases[3] += Lap(ref clock);
        return handle;
    }

    private readonly long[] _phases = new long[4];

    private static long Lap(ref long clock)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var elapsed = now - clock;
        clock = now;
        return elapsed;
    }

    /// <summary>
    /// What the index holds and where adding articles spent its time: for the duplicates benchmark, which must show
    /// that the work per article stays bounded as the index grows.
    /// </summary>
    public DuplicateIndexStats Stats()
    {
        lock (_gate)
        {
            long edges = 0, storyEdges = 0, passageLinks = 0;
            foreach (var entry in _entries)
            {
                if (entry is null) continue;
                edges += entry.Edges.Count;
                foreach (var edge in entry.Edges.Values) if (edge.StoryQualifies) storyEdges++;
                if (entry.Links is { } links) passageLinks += links.PartnerCount;
            }
            var seconds = _phases.Select(t => (double)t / System.Diagnostics.Stopwatch.Frequency).ToArray();
            return new DuplicateIndexStats(_handles.Count, edges / 2, storyEdges / 2, passageLinks / 2,
                TimeSpan.FromSeconds(seconds[0]), TimeSpan.FromSeconds(seconds[1]), TimeSpan.FromSeconds(seconds[2]), TimeSpan.FromSeconds(seconds[3]));
        }
    }

    /// <summary>Removes an article and re-forms the clusters it was in; false when the id is unknown.</summary>
    public bool Remove(string id)
    {
        lock (_gate) return RemoveLocked(id);
    }

    /// <summary>The clusters of a level, largest first, then earliest origin first.</summary>
    public IReadOnlyList<DuplicateCluster> Clusters(DuplicateLevel level)
    {
        if (level == DuplicateLevel.Passage) throw new ArgumentException("passages are links between two articles, not clusters; see PassagesOf", nameof(level));
        lock (_gate)
        {
            return [.. _clusterings[(int)level].Members.Values
                .Select(members => BuildCluster(level, members))
                .OrderByDescending(c => c.Members.Count)
                .ThenBy(c => c.Origin.Date ?? DateOnly.MaxValue)
                .ThenBy(c => c.Origin.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>The cluster an article belongs to at a level, or null.</summary>
    public DuplicateCluster? ClusterOf(string id, DuplicateLevel level)
    {
        if (level == DuplicateLevel.Passage) return null;
        lock (_gate)
        {
            if (!_handles.TryGetValue(id, out var handle)) return null;
            var clustering = _clusterings[(int)level];
            return clustering.ClusterOf.TryGetValue(handle, out var cluster) ? BuildCluster(level, clustering.Members[cluster]) : null;
        }
    }

    /// <summary>
    /// A key naming the article's cluster at a level (its cluster's origin id), or the article's own id when it is
    /// in none: what <see cref="ResultCollapser"/> groups by.
    /// </summary>
    public string ClusterKey(string id, DuplicateLevel level)
    {
        if (level == DuplicateLevel.Passage) return id;
        lock (_gate)
        {
            if (!_handles.TryGetValue(id, out var handle)) return id;
            var clustering = _clusterings[(int)level];
            if (!clustering.ClusterOf.TryGetValue(handle, out var cluster)) return id;
            var origin = clustering.Members[cluster].MinBy(h => (_entries[h]!.Fingerprint.Date ?? DateOnly.MaxValue, h));
            return _entries[origin]!.Fingerprint.Id;
        }
    }

    /// <summary>Every article related to this one, each at the strictest level the pair meets: for the article page.</summary>
    public IReadOnlyList<DuplicateMatch> MatchesOf(string id)
    {
        lock (_gate) return _handles.TryGetValue(id, out var handle) ? MatchesLocked(handle) : [];
    }

    /// <summary>Passages this article shares with articles that are not its exact or near copies.</summary>
    public IReadOnlyList<PassageMatch> PassagesOf(string id)
    {
        lock (_gate)
        {
            if (!_handles.TryGetValue(id, out var handle)) return [];
            if (_entries[handle]!.Links is not { } links) return [];
            var passages = new List<PassageMatch>();
            foreach (var link in links.All)
                passages.Add(new PassageMatch(_entries[link.Other]!.Fingerprint.Id, link.Mine, link.Theirs, link.Words));
            return [.. passages.OrderBy(p => p.Span.Start).ThenBy(p => p.OtherId, StringComparer.Ordinal)];
        }
    }

    /// <summary>The similarity of two indexed articles at a level, computed now from their fingerprints.</summary>
    public double Similarity(string a, string b, DuplicateLevel level)
    {
        lock (_gate)
        {
            if (!_handles.TryGetValue(a, out var ha) || !_handles.TryGetValue(b, out var hb)) return 0;
            return LevelSimilarity(level, _entries[ha]!, _entries[hb]!);
        }
    }

    private void MatchExact(int handle, Entry entry)
    {
        if (entry.Fingerprint.WordCount == 0) return;
        if (!_exact.TryGetValue(entry.Fingerprint.ExactHash, out var same)) _exact[entry.Fingerprint.ExactHash] = same = [];
        foreach (var other in same) Link(handle, other).Exact = true;
        same.Add(handle);
    }

    private void MatchNear(int handle, Entry entry, uint[] shingles)
    {
        if (entry.Fingerprint.ShingleCount == 0) return;
        var candidates = _nearCandidates;
        candidates.Clear();
        _lsh.Candidates(entry.Fingerprint.MinHash, candidates);
        if (candidates.Count > 0)
        {
            foreach (var other in candidates.Order())
            {
                // The signatures' estimate first (a tenth of a microsecond): LSH also proposes pairs far below the
                // threshold, and their exact similarity would cost reading the other article's text.
                var otherEntry = _entries[other]!;
                if (MinHasher.Estimate(entry.Fingerprint.MinHash, otherEntry.Fingerprint.MinHash) < _options.NearThreshold - _options.NearEstimateMargin) continue;
                if (shingles.Length == 0) shingles = ShinglesOf(entry);
                var jaccard = Shingles.Jaccard<uint>(shingles, ShinglesOf(otherEntry));
                if (jaccard >= _options.NearThreshold) Link(handle, other).Near = (float)jaccard;
            }
        }
        _lsh.Add(handle, entry.Fingerprint.MinHash);
    }

    /// <summary>An article's shingles: kept in memory, or from the source when the index keeps none.</summary>
    private uint[] ShinglesOf(Entry entry)
    {
        var fingerprint = entry.Fingerprint;
        if (fingerprint.Shingles.Length > 0 || fingerprint.ShingleCount == 0 || _shingleSource is null) return fingerprint.Shingles;
        return _shingleSource(fingerprint.Id);
    }

    private void MatchStory(int handle, Entry entry)
    {
        Weigh(entry);
        entry.StoryIndexKeys = StoryIndexKeys(entry);
        var shared = _sharedFeatures;
        shared.Clear();
        var single = 0;
        foreach (var key in entry.StoryIndexKeys)
        {
            var postings = _storyPostings.Get(key, ref single);
            if (postings.Length > _options.MaxPostings) continue;
            var idf = _frequencies.Idf(key);
            foreach (var other in postings)
            {
                ref var hit = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(shared, other, out _);
                hit = (hit.Count + 1, hit.Weight + idf);
            }
        }
        var candidates = shared.Where(p => p.Value.Count >= _options.StoryMinSharedFeatures)
            .OrderByDescending(p => p.Value.Weight).ThenBy(p => p.Key)
            .Take(_options.StoryMaxCandidates).Select(p => p.Key)
            .Union(entry.Edges.Keys).ToList();
        foreach (var other in candidates)
        {
            var score = StorySimilarity(entry, _entries[other]!);
            if (score >= _options.StoryThreshold || entry.Edges.ContainsKey(other)) Link(handle, other).Story = (float)score;
        }
        foreach (var key in entry.StoryIndexKeys) _storyPostings.Add(key, handle);
    }

    /// <summary>
    /// Counts the article's story features and weighs them by IDF once, when it is added, so scoring a candidate is
    /// a merge of two arrays rather than a frequency lookup and a logarithm per shared feature (which, at 100k
    /// articles, was most of the time spent matching stories). IDF is a logarithm of the index size and moves slowly; scores that are
    /// shown are computed with current frequencies (see <see cref="StorySimilarity"/>).
    /// </summary>
    private void Weigh(Entry entry)
    {
        var story = entry.Story;
        var vector = new Half[story.Keys.Length];
        var idfs = vector.Length <= 1024 ? stackalloc double[vector.Length] : new double[vector.Length];
        _frequencies.Add(story.Keys, idfs);
        double norm = 0;
        for (var i = 0; i < vector.Length; i++)
        {
            var weight = (float)story.Weights[i] * idfs[i];
            vector[i] = (Half)weight;
            norm += (double)(float)vector[i] * (float)vector[i];
        }
        entry.StoryVector = vector;
        entry.StoryNorm = Math.Sqrt(norm);
    }

    /// <summary>
    /// The article's most distinctive features (largest base weight × IDF, whatever their kind): the ones another
    /// telling of the same story most likely shares, and few enough that finding candidates costs the same at any size.
    /// </summary>
    private uint[] StoryIndexKeys(Entry entry)
    {
        // A running top list instead of sorting every feature: weighted feature descending, then key.
        var story = entry.Story;
        var size = Math.Min(_options.StoryIndexFeatures, story.Keys.Length);
        if (size <= 0) return [];
        var weights = new float[size];
        var keys = new uint[size];
        var count = 0;
        for (var i = 0; i < story.Keys.Length; i++)
        {
            var key = story.Keys[i];
            var weight = (float)entry.StoryVector[i];
            // Keys ascend, so a weight equal to the last kept one ranks after it.
            if (count == size && weight <= weights[count - 1]) continue;
            var at = count == size ? count - 1 : count++;
            while (at > 0 && weights[at - 1] < weight)
            {
                weights[at] = weights[at - 1];
                keys[at] = keys[at - 1];
                at--;
            }
            weights[at] = weight;
            keys[at] = key;
        }
        return keys;
    }

    /// <summary>
    /// IDF-weighted cosine of two articles' story features, lowered when they are dated far apart. Candidates are
    /// scored with the weights each article got when added; with <paramref name="exact"/>, with current frequencies.
    /// </summary>
    private double StorySimilarity(Entry a, Entry b, bool exact = false)
    {
        double cosine;
        if (exact)
        {
            var norms = StoryFeatures.Norm(a.Story, _frequencies) * StoryFeatures.Norm(b.Story, _frequencies);
            cosine = norms == 0 ? 0 : Math.Min(1, StoryFeatures.Dot(a.Story, b.Story, _frequencies) / norms);
        }
        else
        {
            var norms = a.StoryNorm * b.StoryNorm;
            cosine = norms == 0 ? 0 : Math.Min(1, WeighedDot(a, b) / norms);
        }
        if (a.Fingerprint.Date is not { } da || b.Fingerprint.Date is not { } db) return cosine;
        var days = Math.Abs(da.DayNumber - db.DayNumber) - _options.StoryWindowDays;
        return days <= 0 ? cosine : cosine * Math.Pow(0.5, days / _options.StoryHalfLifeDays);
    }

    private static double WeighedDot(Entry a, Entry b)
    {
        double dot = 0;
        var (ka, kb) = (a.Story.Keys, b.Story.Keys);
        var (va, vb) = (a.StoryVector, b.StoryVector);
        int i = 0, j = 0;
        while (i < ka.Length && j < kb.Length)
        {
            if (ka[i] < kb[j]) i++;
            else if (ka[i] > kb[j]) j++;
            else dot += (float)va[i++] * (float)vb[j++];
        }
        return dot;
    }

    /// <summary>
    /// Finds the articles this one shares passages with. Work per article is bounded whatever the index size: a mark
    /// held by more than <see cref="MaxPassagePostings"/> articles is boilerplate and ignored, partners are first
    /// counted by shared marks (one needs two marks to reach the shortest passage), and only the
    /// <see cref="DuplicateOptions.MaxPassagePartners"/> with most shared marks are aligned and kept. Each side keeps at
    /// most that many partners, the ones sharing most words, so reused copy cannot grow an article's state without end.
    /// </summary>
    private void MatchPassages(int handle, Entry entry)
    {
        var marks = entry.MarksByHash;
        var shared = _sharedMarks;
        shared.Clear();
        var single = 0;
        for (var i = 0; i < marks.Length; i++)
        {
            if (i > 0 && marks[i].Hash == marks[i - 1].Hash) continue;
            var postings = _passagePostings.Get(marks[i].Hash, ref single);
            if (postings.Length > MaxPassagePostings) continue;
            foreach (var other in postings)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(shared, other, out _);
                count++;
            }
        }
        if (shared.Count > 0)
        {
            var partners = shared
                .Where(p => p.Value >= 2 && !(entry.Edges.TryGetValue(p.Key, out var edge) && (edge.Exact || edge.Near > 0)))
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                .Take(_options.MaxPassagePartners).Select(p => p.Key).ToList();
            foreach (var other in partners)
            {
                var runs = PassageRuns(marks, _entries[other]!.MarksByHash);
                if (runs.Count > 0) KeepPassages(handle, other, runs);
            }
        }
        for (var i = 0; i < marks.Length; i++)
            if (i == 0 || marks[i].Hash != marks[i - 1].Hash) _passagePostings.Add(marks[i].Hash, handle);
    }

    /// <summary>
    /// Links two articles by their shared passages, on both sides or not at all, so removing either finds the other.
    /// An article that already keeps the most partners gives up the one sharing fewest words, if that is fewer than
    /// this pair shares.
    /// </summary>
    private void KeepPassages(int a, int b, List<(TextSpan Mine, TextSpan Theirs, int Words)> runs)
    {
        var words = 0;
        foreach (var run in runs) words += run.Words;
        var (ea, eb) = (_entries[a]!, _entries[b]!);
        if (!Room(ea, words, out var weakestOfA) || !Room(eb, words, out var weakestOfB)) return;
        Unlink(a, weakestOfA);
        Unlink(b, weakestOfB);
        (ea.Links ??= new PassageLinks()).AddPartner(b, runs, mine: true);
        (eb.Links ??= new PassageLinks()).AddPartner(a, runs, mine: false);
    }

    private void Unlink(int side, int? partner)
    {
        if (partner is not { } dropped) return;
        _entries[side]!.Links?.RemovePartner(dropped);
        _entries[dropped]!.Links?.RemovePartner(side);
    }

    /// <summary>Whether an article can take one more partner sharing <paramref name="words"/>, and which partner it gives up for it, if any.</summary>
    private bool Room(Entry entry, int words, out int? giveUp)
    {
        giveUp = null;
        if (entry.Links is not { } links || links.PartnerCount < _options.MaxPassagePartners) return true;
        giveUp = links.WeakerThan(words);
        return giveUp is not null;
    }

    private static int LowerBound(PassageMark[] sorted, uint hash)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid].Hash < hash) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>
    /// Shared marks on one diagonal (same word offset between the articles), close enough to be one passage. Both
    /// mark arrays are sorted by hash, so the shared ones come from one merge; runs are then cut along each diagonal.
    /// </summary>
    private List<(TextSpan Mine, TextSpan Theirs, int Words)> PassageRuns(PassageMark[] mine, PassageMark[] theirs)
    {
        var pairs = _sharedPairs;
        pairs.Clear();
        for (int i = 0, j = 0; i < mine.Length && j < theirs.Length;)
        {
            if (mine[i].Hash < theirs[j].Hash) { i++; continue; }
            if (mine[i].Hash > theirs[j].Hash) { j++; continue; }
            var hash = mine[i].Hash;
            var jEnd = j;
            while (jEnd < theirs.Length && theirs[jEnd].Hash == hash) jEnd++;
            for (; i < mine.Length && mine[i].Hash == hash; i++)
                for (var k = j; k < jEnd; k++) pairs.Add((theirs[k].Word - mine[i].Word, mine[i], theirs[k]));
            j = jEnd;
        }
        var runs = new List<(TextSpan, TextSpan, int)>();
        if (pairs.Count < 2) return runs;
        pairs.Sort((a, b) => a.Diagonal != b.Diagonal ? a.Diagonal.CompareTo(b.Diagonal) : a.Mine.Word.CompareTo(b.Mine.Word));
        const int gram = FingerprintBuilder.PassageGram;
        var minExtent = _options.PassageMinWords - (FingerprintBuilder.PassageWindow - 1);
        var first = 0;
        for (var i = 1; i <= pairs.Count; i++)
        {
            if (i < pairs.Count && pairs[i].Diagonal == pairs[i - 1].Diagonal
                && pairs[i].Mine.Word - pairs[i - 1].Mine.Word <= gram + FingerprintBuilder.PassageWindow) continue;
            var (a, b) = (pairs[first], pairs[i - 1]);
            var words = b.Mine.Word + gram - a.Mine.Word;
            if (words >= minExtent)
                runs.Add((new TextSpan(a.Mine.Start, b.Mine.End), new TextSpan(a.Theirs.Start, b.Theirs.End), words));
            first = i;
        }
        return runs;
    }

    private bool RemoveLocked(string id)
    {
        if (!_handles.Remove(id, out var handle)) return false;
        var entry = _entries[handle]!;
        var fingerprint = entry.Fingerprint;
        if (_exact.TryGetValue(fingerprint.ExactHash, out var same))
        {
            same.Remove(handle);
            if (same.Count == 0) _exact.Remove(fingerprint.ExactHash);
        }
        if (fingerprint.ShingleCount > 0) _lsh.Remove(handle, fingerprint.MinHash);
        _frequencies.Remove(entry.Story.Keys);
        foreach (var key in entry.StoryIndexKeys) _storyPostings.Remove(key, handle);
        foreach (var mark in entry.MarksByHash) _passagePostings.Remove(mark.Hash, handle);
        foreach (var other in entry.Edges.Keys) _entries[other]!.Edges.Remove(handle);
        if (entry.Links is { } passageLinks)
            foreach (var other in passageLinks.Partners()) _entries[other]!.Links?.RemovePartner(handle);

        for (var level = 0; level < _clusterings.Length; level++)
        {
            var clustering = _clusterings[level];
            if (!clustering.ClusterOf.Remove(handle, out var cluster)) continue;
            var remaining = clustering.Members[cluster];
            remaining.Remove(handle);
            clustering.Members.Remove(cluster);
            foreach (var member in remaining) clustering.ClusterOf.Remove(member);
            foreach (var member in remaining.Order()) Assign(member, (DuplicateLevel)level);
        }
        _entries[handle] = null;
        return true;
    }

    private void Assign(int handle, DuplicateLevel level)
    {
        var clustering = _clusterings[(int)level];
        if (clustering.ClusterOf.ContainsKey(handle)) return;
        var entry = _entries[handle]!;
        var neighbours = entry.Edges
            .Where(e => Qualifies(e.Value, level))
            .OrderByDescending(e => EdgeSimilarity(e.Value, level)).ThenBy(e => e.Key)
            .Select(e => e.Key).ToList();
        if (neighbours.Count == 0) return;

        int? best = null;
        var bestScore = double.MinValue;
        foreach (var cluster in neighbours.Where(clustering.ClusterOf.ContainsKey).Select(n => clustering.ClusterOf[n]).Distinct())
        {
            var (matched, similarity) = Support(entry, clustering.Members[cluster], level);
            if (2 * matched <= clustering.Members[cluster].Count) continue;
            var score = similarity / clustering.Members[cluster].Count;
            if (score > bestScore) (best, bestScore) = (cluster, score);
        }

        int target;
        if (best is { } chosen) target = chosen;
        else
        {
            var partner = neighbours.FirstOrDefault(n => !clustering.ClusterOf.ContainsKey(n), -1);
            if (partner < 0) return;
            target = clustering.NewCluster();
            clustering.Join(target, partner);
        }
        clustering.Join(target, handle);

        foreach (var neighbour in neighbours)
        {
            if (clustering.ClusterOf.ContainsKey(neighbour)) continue;
            var members = clustering.Members[target];
            if (2 * Support(_entries[neighbour]!, members, level).Matched > members.Count) clustering.Join(target, neighbour);
        }
    }

    private static (int Matched, double Similarity) Support(Entry entry, List<int> members, DuplicateLevel level)
    {
        var matched = 0;
        var similarity = 0.0;
        foreach (var member in members)
        {
            if (!entry.Edges.TryGetValue(member, out var edge) || !Qualifies(edge, level)) continue;
            matched++;
            similarity += EdgeSimilarity(edge, level);
        }
        return (matched, similarity);
    }


    private static bool Qualifies(Edge edge, DuplicateLevel level) => level switch
    {
        DuplicateLevel.Exact => edge.Exact,
        DuplicateLevel.Near => edge.Exact || edge.Near > 0,
        _ => edge.Exact || edge.Near > 0 || edge.StoryQualifies,
    };

    private static double EdgeSimilarity(Edge edge, DuplicateLevel level) => level switch
    {
        DuplicateLevel.Exact => edge.Exact ? 1 : 0,
        DuplicateLevel.Near => edge.Exact ? 1 : edge.Near,
        _ => edge.Exact ? 1 : Math.Max(edge.Story, edge.Near),
    };

    private double LevelSimilarity(DuplicateLevel level, Entry a, Entry b)
    {
        if (ReferenceEquals(a, b)) return 1;
        return level switch
        {
            DuplicateLevel.Exact => a.Fingerprint.ExactHash == b.Fingerprint.ExactHash && a.Fingerprint.WordCount > 0 ? 1 : 0,
            DuplicateLevel.Near => NearSimilarity(a, b),
            _ => StorySimilarity(a, b, exact: true),
        };
    }

    /// <summary>The exact Jaccard of two articles: from their edge when matching computed it, else from their shingles.</summary>
    private double NearSimilarity(Entry a, Entry b)
    {
        var handle = _handles[b.Fingerprint.Id];
        if (a.Edges.TryGetValue(handle, out var edge) && (edge.Exact || edge.Near > 0)) return edge.Exact ? 1 : edge.Near;
        return Shingles.Jaccard<uint>(ShinglesOf(a), ShinglesOf(b));
    }

    private DuplicateCluster BuildCluster(DuplicateLevel level, List<int> members)
    {
        var ordered = members
            .OrderBy(h => _entries[h]!.Fingerprint.Date ?? DateOnly.MaxValue)
            .ThenBy(h => h)
            .ToList();
        var origin = _entries[ordered[0]]!;
        return new DuplicateCluster(level, [.. ordered.Select(h =>
        {
            var entry = _entries[h]!;
            return new ClusterMember(entry.Fingerprint.Id, entry.Fingerprint.Outlet, entry.Fingerprint.Date,
                Math.Round(LevelSimilarity(level, entry, origin), 4));
        })]);
    }

    private List<DuplicateMatch> MatchesLocked(int handle)
    {
        var matches = new List<DuplicateMatch>();
        foreach (var (other, edge) in _entries[handle]!.Edges)
        {
            var level = edge.Exact ? DuplicateLevel.Exact : edge.Near > 0 ? DuplicateLevel.Near : DuplicateLevel.Story;
            if (level == DuplicateLevel.Story && !edge.StoryQualifies) continue;
            // Story scores move with document frequencies, so they are recomputed; text similarities are fixed.
            var similarity = level == DuplicateLevel.Story ? StorySimilarity(_entries[handle]!, _entries[other]!, exact: true) : EdgeSimilarity(edge, level);
            matches.Add(new DuplicateMatch(_entries[other]!.Fingerprint.Id, level, Math.Round(similarity, 4)));
        }
        foreach (var other in _entries[handle]!.Links?.Partners() ?? [])
            if (!_entries[handle]!.Edges.ContainsKey(other))
                matches.Add(new DuplicateMatch(_entries[other]!.Fingerprint.Id, DuplicateLevel.Passage, 0));
        return [.. matches.OrderBy(m => m.Level).ThenByDescending(m => m.Similarity).ThenBy(m => m.OtherId, StringComparer.Ordinal)];
    }

    private Edge Link(int a, int b)
    {
        var ea = _entries[a]!;
        if (ea.Edges.TryGetValue(b, out var edge)) return edge;
        edge = new Edge(_options.StoryThreshold);
        ea.WritableEdges[b] = edge;
        _entries[b]!.WritableEdges[a] = edge;
        return edge;
    }

    private sealed class Entry(ArticleFingerprint fingerprint, StoryFeatures story, PassageMark[] marksByHash)
    {
        private static readonly Dictionary<int, Edge> NoEdges = [];
        private Dictionary<int, Edge>? _edges;

        public ArticleFingerprint Fingerprint { get; } = fingerprint;
        public StoryFeatures Story { get; } = story;

        /// <summary>The passage marks ordered by hash (then word), for merging with another article's; kept once, not also in text order.</summary>
        public PassageMark[] MarksByHash { get; } = marksByHash;
        public uint[] StoryIndexKeys { get; set; } = [];
        /// <summary>Story feature weights × IDF when added, beside <see cref="Story"/>'s keys, and their length.</summary>
        public Half[] StoryVector { get; set; } = [];
        public double StoryNorm { get; set; }

        /// <summary>Most articles match nothing, so their maps stay unallocated; the shared empty ones are only read or removed from.</summary>
        public Dictionary<int, Edge> Edges => _edges ?? NoEdges;
        public Dictionary<int, Edge> WritableEdges => _edges ??= [];
        /// <summary>Passages shared with other articles; null until the first.</summary>
        public PassageLinks? Links { get; set; }
    }

    /// <summary>What is known about one pair; shared by both articles' edge maps.</summary>
    private sealed class Edge(double storyThreshold)
    {
        public bool Exact { get; set; }
        public float Near { get; set; }
        public float Story { get; set; }
        public bool StoryQualifies => Story >= storyThreshold;
    }

    private sealed class Clustering
    {
        private int _next;
        public Dictionary<int, int> ClusterOf { get; } = [];
        public Dictionary<int, List<int>> Members { get; } = [];

        public int NewCluster()
        {
            Members[_next] = [];
            return _next++;
        }

        public void Join(int cluster, int handle)
        {
            Members[cluster].Add(handle);
            ClusterOf[handle] = cluster;
        }
    }
}
