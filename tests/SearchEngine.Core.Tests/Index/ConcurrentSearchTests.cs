using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

public class ConcurrentSearchTests
{
    [Fact]
    public async Task Searches_during_a_run_never_fail_and_each_sees_a_whole_committed_state()
    {
        using var corpus = new TempCorpus();
        corpus.Write("seed.txt", "Seed\n\nshared word");
        new IndexBuilder(corpus.Index).Run(corpus.Corpus);
        for (var i = 0; i < 1500; i++) corpus.Write($"f{i:0000}.txt", $"File {i}\n\nshared word and more text number {i}");

        var searcher = new ArticleSearcher(corpus.Index);
        var results = new List<SearchResult>();
        var finished = 0;
        using var stop = new CancellationTokenSource();
        var searching = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                results.Add(searcher.Search(new SearchRequest { Query = "shared" }));
                Interlocked.Increment(ref finished);
            }
        });

        // Every 300 files the run waits until a search that began after that point has finished (the one in flight
        // may have begun before, the next cannot), so searches overlap the run by construction, not by the
        // scheduler's luck; a search thread that stops answering fails the run with a message instead of hanging it.
        var waitedAt = new List<int>();
        var progress = new InlineProgress(p =>
        {
            if (p.Stage != BuildStage.Articles || p.Done % 300 != 0) return;
            var before = Volatile.Read(ref finished);
            if (!SpinWait.SpinUntil(() => Volatile.Read(ref finished) >= before + 2 || searching.IsCompleted, TimeSpan.FromMinutes(2)))
                throw new TimeoutException($"no search finished within 2 minutes at file {p.Done} of {p.Total}");
            if (searching.IsCompleted) throw new InvalidOperationException("the search thread stopped during the run", searching.Exception);
            waitedAt.Add(p.Done);
        });
        new IndexBuilder(corpus.Index).Run(corpus.Corpus, progress);
        await stop.CancelAsync();
        await searching;

        Assert.Equal([300, 600, 900, 1200, 1500], waitedAt);
        Assert.All(results, r => Assert.Null(r.Error));
        // A whole state: between the index before the run and after it, the page of hits agreeing with the total.
        Assert.All(results, r => Assert.InRange(r.Total, 1, 1501));
        Assert.All(results, r => Assert.Equal(Math.Min(r.Request.PageSize, r.Total), r.Hits.Count));
        var totals = results.Select(r => r.Total).ToList();
        Assert.Equal(totals.Order(), totals);  // each search sees a committed state, never one going backwards
        searcher.Refresh();
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

    /// <summary>Reports on the indexer's own thread, in the run, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
