using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// Scores matches with BM25F from the index's own postings instead of FTS5's bm25(): FTS5 decides what matches, and
/// ranking then costs one pass over each query term's postings (decoded once and cached per index generation) rather
/// than an auxiliary-function call per matching row.
/// </summary>
internal sealed class Ranker(Bm25F bm25)
{
    private sealed record TermPostings(int[] Rowids, float[] WeightedFrequencies, int LiveCount);

    private ConcurrentDictionary<string, TermPostings> _cache = new(StringComparer.Ordinal);
    private long _cacheGeneration = -1;
    private double[]? _weightedLengths;
    private double _averageLength;

    /// <summary>The stemmed terms a query's positive words, phrases and near-groups rank by (prefixes do not rank).</summary>
    public static IReadOnlyList<string> RankingTerms(IReadOnlyList<string> positiveTerms) =>
        positiveTerms.Where(t => !t.EndsWith('*')).SelectMany(TermAnalyzer.Terms).Distinct(StringComparer.Ordinal).ToList();

    public List<Candidate> Score(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot,
        IReadOnlyList<string> terms, List<Candidate> candidates)
    {
        if (terms.Count == 0 || candidates.Count == 0) return candidates;
        Refresh(snapshot);
        var lengths = _weightedLengths!;
        var documents = snapshot.LiveCount;
        // Matches arrive in ascending rowid order (sorted here if not), so each term's postings are merged with them
        // instead of going through a dictionary, and the scores are summed in place (the list is the caller's to give
        // away; the caller orders hits itself).
        var matches = CollectionsMarshal.AsSpan(candidates);
        for (var i = 1; i < matches.Length; i++)
            if (matches[i].Rowid < matches[i - 1].Rowid)
            {
                matches.Sort(static (a, b) => a.Rowid.CompareTo(b.Rowid));
                break;
            }
        for (var i = 0; i < matches.Length; i++) matches[i] = new Candidate(matches[i].Rowid, 0);

        foreach (var term in terms)
        {
            var postings = _cache.GetOrAdd(term, t => Load(connection, transaction, snapshot, t));
            if (postings.LiveCount == 0) continue;
            var idf = Bm25F.Idf(documents, postings.LiveCount);
            var postingRowids = postings.Rowids;
            if (matches.Length * 8 < postingRowids.Length)
            {
                // Few matches, long postings: look each match up.
                for (var i = 0; i < matches.Length; i++)
                {
                    var rowid = matches[i].Rowid;
                    var at = Array.BinarySearch(postingRowids, rowid);
                    if (at >= 0) matches[i] = new Candidate(rowid, matches[i].Score + bm25.Score(idf, postings.WeightedFrequencies[at], lengths[rowid], _averageLength));
                }
            }
            else
            {
                for (int i = 0, p = 0; i < matches.Length && p < postingRowids.Length;)
                {
                    var rowid = matches[i].Rowid;
                    if (rowid < postingRowids[p]) i++;
                    else if (rowid > postingRowids[p]) p++;
                    else
                    {
                        // Only the match moves on, so a rowid matched twice is scored twice alike.
                        matches[i] = new Candidate(rowid, matches[i].Score + bm25.Score(idf, postings.WeightedFrequencies[p], lengths[rowid], _averageLength));
                        i++;
                    }
                }
            }
        }

        return candidates;
    }

    private void Refresh(FacetSnapshot snapshot)
    {
        if (_cacheGeneration == snapshot.Generation) return;
        lock (this)
        {
            if (_cacheGeneration == snapshot.Generation) return;
            var lengths = new double[snapshot.Live.Length];
            double total = 0;
            foreach (var rowid in snapshot.ByDateDescending)
            {
                lengths[rowid] = bm25.WeightedLength(snapshot.TitleTerms[rowid], snapshot.BodyTerms[rowid], snapshot.QuoteTerms[rowid]);
                total += lengths[rowid];
            }
            _weightedLengths = lengths;
            _averageLength = snapshot.LiveCount > 0 ? total / snapshot.LiveCount : 0;
            _cache = new ConcurrentDictionary<string, TermPostings>(StringComparer.Ordinal);
            _cacheGeneration = snapshot.Generation;
        }
    }

    private TermPostings Load(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot, string term)
    {
        var rowids = new List<int>();
        var frequencies = new List<float>();
        using var command = FacetSnapshot.Command(connection, transaction, "SELECT p.data FROM postings_segments s JOIN postings p ON p.segment = s.segment AND p.term = $t ORDER BY s.segment");
        command.Parameters.AddWithValue("$t", term);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            PostingsCodec.Decode((byte[])reader.GetValue(0), (rowid, counts) =>
            {
                if (!snapshot.IsLive(rowid)) return;
                rowids.Add((int)rowid);
                frequencies.Add((float)bm25.WeightedFrequency(counts));
            });

        // Segments hold ascending rowids and later segments larger ones (merges only ever join the newest segments),
        // so the concatenation is sorted; scoring depends on it, so an index that breaks the rule is sorted here.
        var rowidArray = rowids.ToArray();
        var frequencyArray = frequencies.ToArray();
        for (var i = 1; i < rowidArray.Length; i++)
            if (rowidArray[i] < rowidArray[i - 1])
            {
                Array.Sort(rowidArray, frequencyArray);
                break;
            }
        return new TermPostings(rowidArray, frequencyArray, rowidArray.Length);
    }
}
