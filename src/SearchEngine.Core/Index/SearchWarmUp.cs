using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Index;

/// <summary>
/// Runs a few searches of every kind a user can make (words, phrases, prefixes, fields, dates, facet selections,
/// collapsed results, article pages) so the JIT has compiled the search path before the first user arrives: the first
/// passes are three to four times slower than warm ones, and .NET recompiles a method with full optimisation only
/// after some 30 calls. The words come from the index itself; about a second on a warm machine.
/// </summary>
public static class SearchWarmUp
{
    private static readonly TimeSpan TieringDelay = TimeSpan.FromMilliseconds(250);

    public static void Run(ArticleSearcher searcher, int passes = 40)
    {
        var browse = searcher.Search(new SearchRequest());
        if (browse.Hits.Count == 0) return;
        var word = browse.Hits.SelectMany(h => h.Title.Split(' ')).FirstOrDefault(w => w.Length > 4 && w.All(char.IsLetter)) ?? "news";
        var outlet = browse.FacetNamed(FacetNames.Outlet)?.Values.FirstOrDefault()?.Value;
        var person = browse.FacetNamed(FacetNames.Person)?.Values.FirstOrDefault()?.Value;
        var requests = new List<SearchRequest>
        {
            new() { Query = word },
            new() { Query = $"\"{word} the\" OR {word[..3]}*" },
            new() { Query = $"title:{word} -body:zzzz date:[2000 TO *]" },
            new() { Query = word, Sort = SortOrder.Newest, Page = 2 },
            new() { Query = word, Collapse = DuplicateLevel.Story },
            new() { Query = "", Outlets = outlet is null ? [] : [outlet], Persons = person is null ? [] : [person] },
        };
        // .NET counts calls towards full optimisation only once no new method has been compiled for 100 ms: run the
        // searches, leave the runtime that pause, then run them again so the counted calls reach the threshold.
        for (var round = 0; round < 3; round++)
        {
            if (round > 0) Thread.Sleep(TieringDelay);
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var request in requests) searcher.Search(request);
                searcher.GetArticle(browse.Hits[0].Id);
                searcher.GetDuplicates(browse.Hits[0].Id);
            }
        }
    }
}
