using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

public class ConcurrentSearchTests
{
    [Fact]
    public async Task Searches_run_without_error_while_the_indexer_writes()
    {
        using var corpus = new TempCorpus();
        corpus.Write("seed.txt", "Seed\n\nshared word");
        new IndexBuilder(corpus.Index).Run(corpus.Corpus);
        for (var i = 0; i < 1500; i++) corpus.Write($"f{i:0000}.txt", $"File {i}\n\nshared word and more text number {i}");

        var searcher = new ArticleSearcher(corpus.Index);
        var writer = Task.Run(() => new IndexBuilder(corpus.Index).Run(corpus.Corpus));
        var totals = new List<int>();
        var errors = new List<string>();
        while (!writer.IsCompleted)
        {
            var result = searcher.Search(new SearchRequest { Query = "shared" });
            if (result.Error is not null) errors.Add(result.Error);
            totals.Add(result.Total);
        }
        await writer;

        Assert.Empty(errors);
        Assert.True(totals.Count > 1, "the searches overlapped the run");
        Assert.Equal(totals.Order(), totals);  // each search sees a committed state, never one going backwards
        Assert.Equal(1501, searcher.Search(new SearchRequest { Query = "shared" }).Total);
    }

    [Fact]
    public async Task Searches_from_many_threads_give_what_they_give_one_at_a_time()
    {
        using var corpus = new TempCorpus();
        for (var i = 0; i < 200; i++)
            corpus.Write($"f{i:000}.txt", $"Report {i}\n\nThe {(i % 3 == 0 ? "peace" : "trade")} talks, number {i}, went on. " +
                                          $"Negotiators said the {(i % 5 == 0 ? "plan" : "deal")} was near.");
        new IndexBuilder(corpus.Index).Run(corpus.Corpus);
        var searcher = new ArticleSearcher(corpus.Index);
        string[] queries = ["peace", "trade talks", "\"the plan\"", "negotiations -deal", "peace OR plan", "report"];
        string Describe(string query)
        {
            var result = searcher.Search(new SearchRequest { Query = query, PageSize = 20 });
            return $"{result.Total} {result.Error} " + string.Join("|", result.Hits.Select(h => $"{h.Id} {h.TitleHtml} {h.SnippetHtml}"));
        }

        var expected = queries.ToDictionary(q => q, Describe);
        var tasks = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            var mismatches = new List<string>();
            for (var round = 0; round < 25; round++)
                foreach (var query in queries)
                    if (Describe(query) != expected[query]) mismatches.Add(query);
            return mismatches;
        })).ToList();

        foreach (var mismatches in await Task.WhenAll(tasks)) Assert.Empty(mismatches);
        Assert.All(queries, q => Assert.Contains("<mark>", expected[q])); // real hits were compared, marks included
    }
}
