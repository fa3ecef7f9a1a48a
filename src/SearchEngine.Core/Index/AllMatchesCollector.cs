using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Core.Index;

/// <summary>
/// Collects every matching document with its score: totals and facets are exact over all matches, and the page is
/// taken from them afterwards (a bounded heap), so nothing is counted twice.
/// </summary>
internal sealed class AllMatchesCollector(bool scores) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public List<Candidate> Matches { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Matches.Add(new Candidate(_docBase + doc, scores ? _scorer!.GetScore() : 0));
}
