using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Looks up, in one reader, the live articles filed under a duplicate key (<see cref="Duplicates.DuplicateKeys"/>):
/// the postings of the key in <see cref="ArticleSchema.DuplicateKey"/>. A key held by more articles than the caller's
/// limit is reported as too common and not read (a topic word or boilerplate finds everything and proves nothing).
/// </summary>
internal sealed class CandidateFinder(DirectoryReader reader)
{
    private readonly (AtomicReaderContext Leaf, TermsEnum? Terms)[] _leaves =
        [.. reader.Leaves.Select(leaf => (leaf, leaf.AtomicReader.GetTerms(S.DuplicateKey)?.GetEnumerator()))];
    private DocsEnum? _docs;

    /// <summary>Adds the documents filed under the key to <paramref name="into"/>; false (adding nothing) when more than <paramref name="limit"/> hold it.</summary>
    public bool Postings(string key, int limit, List<int> into)
    {
        var bytes = new BytesRef(key);
        var total = 0;
        foreach (var (_, terms) in _leaves)
            if (terms is not null && terms.SeekExact(bytes)) total += terms.DocFreq;
        if (total > limit) return false;
        foreach (var (leaf, terms) in _leaves)
        {
            if (terms is null || !terms.SeekExact(bytes)) continue;
            _docs = terms.Docs(leaf.AtomicReader.LiveDocs, _docs, DocsFlags.NONE);
            for (var doc = _docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = _docs.NextDoc()) into.Add(leaf.DocBase + doc);
        }
        return true;
    }
}
