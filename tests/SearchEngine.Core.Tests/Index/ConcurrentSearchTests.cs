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

        var searcher = new IndexSearcher(corpus.Index);
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
}
