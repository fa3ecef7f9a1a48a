using Lucene.Net.Search;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Loads a page's hits from their stored fields and marks where the query matched: the whole title, a snippet of the
/// body, and up to three matching quotes with their speakers.
/// </summary>
internal sealed class HitFetcher(IndexSearcher searcher, Query? query)
{
    private static readonly ISet<string> HitFields = new HashSet<string>
    {
        S.Id, S.Path, SearchFields.Title.Name, SearchFields.Body.Name, SearchFields.Quote.Name, SearchFields.Outlet.Name,
        SearchFields.Author.Name, S.Date, S.Details,
    };

    private readonly HitHighlighter? _highlighter = query is null ? null : new HitHighlighter(query, searcher.IndexReader);

    public List<SearchHit> Fetch(List<Candidate> page)
    {
        var hits = new List<SearchHit>(page.Count);
        foreach (var candidate in page)
        {
            var doc = searcher.Doc(candidate.Doc, HitFields);
            var title = doc.Get(SearchFields.Title.Name) ?? "";
            var body = doc.Get(SearchFields.Body.Name) ?? "";
            var quotes = new List<HitQuote>();
            MarkedText titleMarked, snippet;
            if (_highlighter is null)
            {
                (titleMarked, snippet) = (MarkedText.Plain(title), HitHighlighter.Opening(body));
            }
            else
            {
                titleMarked = _highlighter.Title(candidate.Doc, title);
                snippet = _highlighter.Snippet(candidate.Doc, body);
                var matching = _highlighter.MatchingQuotes(candidate.Doc, doc.GetValues(SearchFields.Quote.Name));
                if (matching.Count > 0)
                {
                    // The details are parsed only for the speakers of matching quotes.
                    var stored = doc.GetBinaryValue(S.Details);
                    var speakers = ArticleDetails.QuoteSpeakers(stored.Bytes.AsSpan(stored.Offset, stored.Length));
                    quotes.AddRange(matching.Select(m => new HitQuote(m.Quote.ToHtml(), m.Index < speakers.Count ? speakers[m.Index] : null)));
                }
            }

            hits.Add(new SearchHit(
                Id: doc.Get(S.Id),
                Title: title,
                TitleHtml: titleMarked.ToHtml(),
                SnippetHtml: snippet.ToHtml(),
                Outlet: doc.Get(SearchFields.Outlet.Name),
                Date: ArticleDocuments.DateOf(doc),
                Author: doc.Get(SearchFields.Author.Name),
                Score: candidate.Score,
                Quotes: quotes) { SourcePath = doc.Get(S.Path) });
        }
        return hits;
    }
}
