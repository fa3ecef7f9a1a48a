using Lucene.Net.Index;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Index;

/// <summary>
/// Matches articles against the candidates their duplicate keys find (<see cref="CandidateFinder"/>) and scores each
/// pair (<see cref="DuplicateScorer"/>): exact and near copies among the articles sharing an exact or band key, stories
/// among the <see cref="DuplicateOptions.StoryMaxCandidates"/> sharing most story keys, copied passages among the
/// <see cref="DuplicateOptions.MaxPassagePartners"/> sharing most passage marks. One per thread: it keeps its own
/// readers and caches.
/// </summary>
internal sealed class PairMatcher(DirectoryReader reader, ArticleTable table, DuplicateScorer scorer, FeatureFrequencies frequencies, CandidateFinder candidates)
{
    private readonly DuplicateOptions _options = scorer.Options;
    private readonly DuplicateScorer _scorer = scorer;
    private readonly ArticleTable _table = table;
    private readonly CandidateFinder _candidates = candidates;

    public FingerprintReader Fingerprints { get; } = new(reader, scorer, frequencies);


    /// <summary>Pairs linked: (the matched article, the other, what links them).</summary>
    public List<(int A, int B, StoredLinkTo Link)> Found { get; } = [];

    /// <summary>Passages shared: (the matched article, the other, one passage as seen from the matched article).</summary>
    public List<(int A, int B, SharedRun Run)> Shared { get; } = [];

    /// <summary>Scores one new or changed article against the candidates its keys find.</summary>
    public void Match(int doc)
    {
        if (Fingerprints.Get(doc) is not { } me || Fingerprints.Story(doc) is not { } myStory) return;
        var keys = _scorer.Keys(me.Fingerprint);
        var postings = new List<int>();
        var textual = new HashSet<int>();
        var storyShared = new Dictionary<int, int>();
        var marksShared = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            postings.Clear();
            switch (key[0])
            {
                case DuplicateKeys.Exact or DuplicateKeys.Band:
                    if (_candidates.Postings(key, postings)) textual.UnionWith(postings);
                    break;
                case DuplicateKeys.Story:
                    if (_candidates.Postings(key, postings)) Count(storyShared, postings);
                    break;
                case DuplicateKeys.Mark:
                    if (_candidates.Postings(key, postings)) Count(marksShared, postings);
                    break;
            }
        }

        var links = new Dictionary<int, StoredLinkTo>();
        foreach (var other in textual)
        {
            if (other == doc || _table.Ids[other] is null || Seen(doc, other) || Fingerprints.Get(other) is not { } them) continue;
            var exact = DuplicateScorer.IsExact(me.Fingerprint, them.Fingerprint);
            var near = exact ? 1 : _scorer.MayBeNear(me.Fingerprint, them.Fingerprint) ? _scorer.Near(Fingerprints.Shingles(doc), Fingerprints.Shingles(other)) : 0;
            if (exact || near > 0) links[other] = new StoredLinkTo(other, exact, (float)near, (float)StoryScore(myStory, other));
        }
        foreach (var other in Best(storyShared, _options.StoryMinSharedFeatures, _options.StoryMaxCandidates))
        {
            if (other == doc || links.ContainsKey(other) || Seen(doc, other)) continue;
            var story = StoryScore(myStory, other);
            if (story >= _options.StoryLinkThreshold) links[other] = new StoredLinkTo(other, false, 0, (float)story);
        }
        foreach (var (other, link) in links)
        {
            Found.Add((doc, other, link));
            _pairs[PairKey(doc, other)] = link.Exact || link.Near > 0;
        }

        foreach (var other in Best(marksShared, 2, _options.MaxPassagePartners))
        {
            if (other == doc || _pairs.GetValueOrDefault(PairKey(doc, other)) || _passagePairs.Contains(PairKey(doc, other))) continue;
            if (Fingerprints.Get(other) is not { } them) continue;
            var runs = _scorer.Passages(me.MarksByHash, them.MarksByHash);
            if (runs.Count == 0) continue;
            foreach (var run in runs) Shared.Add((doc, other, run));
            _passagePairs.Add(PairKey(doc, other));
        }
    }

    private double StoryScore(StoryVector mine, int other) => Fingerprints.Story(other) is { } theirs ? _scorer.Story(mine, theirs) : 0;

    /// <summary>Whether this matcher already linked the pair from the other side (both new, the other matched first).</summary>
    private bool Seen(int doc, int other) => _pairs.ContainsKey(PairKey(doc, other));

    /// <summary>Pairs linked so far, and whether as copies (exact or near), which share no passages worth listing.</summary>
    private readonly Dictionary<long, bool> _pairs = [];
    private readonly HashSet<long> _passagePairs = [];

    public static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void Count(Dictionary<int, int> counts, List<int> docs)
    {
        foreach (var doc in docs) counts[doc] = counts.GetValueOrDefault(doc) + 1;
    }

    /// <summary>The candidates sharing at least <paramref name="minimum"/> keys, most shared first (ties by id), at most <paramref name="limit"/>.</summary>
    private IEnumerable<int> Best(Dictionary<int, int> counts, int minimum, int limit) =>
        counts.Where(c => c.Value >= minimum && _table.Ids[c.Key] is not null)
            .OrderByDescending(c => c.Value).ThenBy(c => _table.Ids[c.Key], StringComparer.Ordinal)
            .Take(limit).Select(c => c.Key);
}
