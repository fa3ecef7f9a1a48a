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

    /// <param name="options">Thresholds; the defaults are the tuned ones.</param>
    /// <param name="background">Word frequencies the story level starts from; <see cref="BackgroundFrequencies.English"/> by default.</param>
    public DuplicateIndex(DuplicateOptions? options = null, BackgroundFrequencies? background = null)
    {
        _options = options ?? new DuplicateOptions();
        _frequencies = new DocumentFrequencies(background ?? BackgroundFrequencies.English);
        _lsh = new LshIndex(_options.Bands, _options.Rows);
    }

    public DuplicateOptions Options => _options;

    /// <summary>
    /// Rebuilds an index from stored fingerprints (see <see cref="ArticleFingerprint.FromBytes"/>), oldest first and
    /// undated last, ties by id, so the same store always gives the same clusters.
    /// </summary>
    public static DuplicateIndex Load(IEnumerable<ArticleFingerprint> fingerprints, DuplicateOptions? options = null, BackgroundFrequencies? background = null)
    {
        var index = new DuplicateIndex(options, background);
        foreach (var fingerprint in fingerprints.OrderBy(f => f.Date ?? DateOnly.MaxValue).ThenBy(f => f.Id, StringComparer.Ordinal))
            index.Add(fingerprint);
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
        lock (_gate)
        {
            if (_handles.ContainsKey(fingerprint.Id)) RemoveLocked(fingerprint.Id);
            var handle = _entries.Count;
            // The story fields live on in StoryFeatures; keeping them twice would double the memory per article.
            var story = StoryFeatures.Of(fingerprint);
            var entry = new Entry(fingerprint with { Terms = [], Persons = [], Names = [], Numbers = [], Quotes = [] }, story);
            _entries.Add(entry);
            _handles[fingerprint.Id] = handle;

            MatchExact(handle, entry);
            MatchNear(handle, entry);
            MatchStory(handle, entry);
            MatchPassages(handle, entry);
            for (var level = 0; level < _clusterings.Length; level++) Assign(handle, (DuplicateLevel)level);
            return MatchesLocked(handle);
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
            return [.. _entries[handle]!.Passages.Values.SelectMany(p => p).OrderBy(p => p.Span.Start)];
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

    private void MatchNear(int handle, Entry entry)
    {
        if (entry.Fingerprint.Shingles.Length == 0) return;
        var candidates = new HashSet<int>();
        _lsh.Candidates(entry.Fingerprint.MinHash, candidates);
        foreach (var other in candidates)
        {
            var jaccard = Shingles.Jaccard<uint>(entry.Fingerprint.Shingles, _entries[other]!.Fingerprint.Shingles);
            if (jaccard >= _options.NearThreshold) Link(handle, other).Near = (float)jaccard;
        }
        _lsh.Add(handle, entry.Fingerprint.MinHash);
    }

    private void MatchStory(int handle, Entry entry)
    {
        _frequencies.Add(entry.Story.Keys);
        entry.StoryIndexKeys = StoryIndexKeys(entry);
        var shared = new Dictionary<int, (int Count, double Weight)>();
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
    /// The article's most distinctive features (largest base weight × IDF, whatever their kind): the ones another
    /// telling of the same story most likely shares, and few enough that finding candidates costs the same at any size.
    /// </summary>
    private uint[] StoryIndexKeys(Entry entry)
    {
        var story = entry.Story;
        var ranked = new (double Weight, uint Key)[story.Keys.Length];
        for (var i = 0; i < ranked.Length; i++) ranked[i] = (-(float)story.Weights[i] * _frequencies.Idf(story.Keys[i]), story.Keys[i]);
        Array.Sort(ranked);
        return [.. ranked.Take(_options.StoryIndexFeatures).Select(r => r.Key)];
    }

    private double StorySimilarity(Entry a, Entry b)
    {
        var norms = StoryNorm(a) * StoryNorm(b);
        var cosine = norms == 0 ? 0 : Math.Min(1, StoryFeatures.Dot(a.Story, b.Story, _frequencies) / norms);
        if (a.Fingerprint.Date is not { } da || b.Fingerprint.Date is not { } db) return cosine;
        var days = Math.Abs(da.DayNumber - db.DayNumber) - _options.StoryWindowDays;
        return days <= 0 ? cosine : cosine * Math.Pow(0.5, days / _options.StoryHalfLifeDays);
    }

    /// <summary>
    /// An article's vector length under IDF, cached until the index has grown or shrunk by a tenth since: IDF moves
    /// slowly, and recomputing it for every candidate would cost a lookup per feature instead of per shared feature.
    /// </summary>
    private double StoryNorm(Entry entry)
    {
        var documents = _frequencies.DocumentCount;
        if (entry.NormAt < 0 || Math.Abs(documents - entry.NormAt) > Math.Max(8, entry.NormAt / 10))
        {
            entry.StoryNorm = StoryFeatures.Norm(entry.Story, _frequencies);
            entry.NormAt = documents;
        }
        return entry.StoryNorm;
    }

    private void MatchPassages(int handle, Entry entry)
    {
        var marks = entry.Fingerprint.Passages;
        var hits = new Dictionary<int, List<(PassageMark Mine, PassageMark Theirs)>>();
        var single = 0;
        foreach (var mark in marks)
        {
            var postings = _passagePostings.Get(mark.Hash, ref single);
            if (postings.Length > MaxPassagePostings) continue;
            foreach (var other in postings)
            {
                // Marks sorted by hash: a binary search instead of a scan of every mark of the other article, which
                // made articles of much-reused copy cost marks × postings × marks.
                var theirMarks = _entries[other]!.MarksByHash;
                for (var at = LowerBound(theirMarks, mark.Hash); at < theirMarks.Length && theirMarks[at].Hash == mark.Hash; at++)
                {
                    if (!hits.TryGetValue(other, out var list)) hits[other] = list = [];
                    list.Add((mark, theirMarks[at]));
                }
            }
        }
        foreach (var (other, pairs) in hits)
        {
            if (entry.Edges.TryGetValue(other, out var edge) && (edge.Exact || edge.Near > 0)) continue;
            var runs = PassageRuns(pairs);
            if (runs.Count == 0) continue;
            var otherEntry = _entries[other]!;
            entry.WritablePassages[other] = [.. runs.Select(r => new PassageMatch(otherEntry.Fingerprint.Id, r.Mine, r.Theirs, r.Words))];
            otherEntry.WritablePassages[handle] = [.. runs.Select(r => new PassageMatch(entry.Fingerprint.Id, r.Theirs, r.Mine, r.Words))];
        }
        foreach (var mark in marks) _passagePostings.Add(mark.Hash, handle);
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

    /// <summary>Shared marks on one diagonal (same word offset between the articles), close enough to be one passage.</summary>
    private List<(TextSpan Mine, TextSpan Theirs, int Words)> PassageRuns(List<(PassageMark Mine, PassageMark Theirs)> pairs)
    {
        var runs = new List<(TextSpan, TextSpan, int)>();
        const int gram = FingerprintBuilder.PassageGram;
        var minExtent = _options.PassageMinWords - (FingerprintBuilder.PassageWindow - 1);
        foreach (var diagonal in pairs.GroupBy(p => p.Theirs.Word - p.Mine.Word))
        {
            var ordered = diagonal.OrderBy(p => p.Mine.Word).ToList();
            var first = 0;
            for (var i = 1; i <= ordered.Count; i++)
            {
                if (i < ordered.Count && ordered[i].Mine.Word - ordered[i - 1].Mine.Word <= gram + FingerprintBuilder.PassageWindow) continue;
                var (a, b) = (ordered[first], ordered[i - 1]);
                var words = b.Mine.Word + gram - a.Mine.Word;
                if (words >= minExtent)
                    runs.Add((new TextSpan(a.Mine.Start, b.Mine.End), new TextSpan(a.Theirs.Start, b.Theirs.End), words));
                first = i;
            }
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
        if (fingerprint.Shingles.Length > 0) _lsh.Remove(handle, fingerprint.MinHash);
        _frequencies.Remove(entry.Story.Keys);
        foreach (var key in entry.StoryIndexKeys) _storyPostings.Remove(key, handle);
        foreach (var mark in fingerprint.Passages) _passagePostings.Remove(mark.Hash, handle);
        foreach (var other in entry.Edges.Keys) _entries[other]!.Edges.Remove(handle);
        foreach (var other in entry.Passages.Keys) _entries[other]!.Passages.Remove(handle);

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
            DuplicateLevel.Near => Shingles.Jaccard<uint>(a.Fingerprint.Shingles, b.Fingerprint.Shingles),
            _ => StorySimilarity(a, b),
        };
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
            var similarity = level == DuplicateLevel.Story ? StorySimilarity(_entries[handle]!, _entries[other]!) : EdgeSimilarity(edge, level);
            matches.Add(new DuplicateMatch(_entries[other]!.Fingerprint.Id, level, Math.Round(similarity, 4)));
        }
        foreach (var other in _entries[handle]!.Passages.Keys)
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

    private sealed class Entry(ArticleFingerprint fingerprint, StoryFeatures story)
    {
        private static readonly Dictionary<int, Edge> NoEdges = [];
        private static readonly Dictionary<int, PassageMatch[]> NoPassages = [];
        private Dictionary<int, Edge>? _edges;
        private Dictionary<int, PassageMatch[]>? _passages;

        public ArticleFingerprint Fingerprint { get; } = fingerprint;
        public StoryFeatures Story { get; } = story;

        /// <summary>The passage marks ordered by hash (then word), for lookups by hash.</summary>
        public PassageMark[] MarksByHash { get; } =
            [.. fingerprint.Passages.OrderBy(m => m.Hash).ThenBy(m => m.Word)];
        public uint[] StoryIndexKeys { get; set; } = [];
        public double StoryNorm { get; set; }
        public int NormAt { get; set; } = -1;

        /// <summary>Most articles match nothing, so their maps stay unallocated; the shared empty ones are only read or removed from.</summary>
        public Dictionary<int, Edge> Edges => _edges ?? NoEdges;
        public Dictionary<int, Edge> WritableEdges => _edges ??= [];
        public Dictionary<int, PassageMatch[]> Passages => _passages ?? NoPassages;
        public Dictionary<int, PassageMatch[]> WritablePassages => _passages ??= [];
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
