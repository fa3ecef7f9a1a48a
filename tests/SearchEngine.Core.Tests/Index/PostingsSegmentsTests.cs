using Microsoft.Data.Sqlite;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

public sealed class PostingsSegmentsTests : IDisposable
{
    private readonly TempCorpus _grown = new();
    private readonly TempCorpus _fresh = new();

    public void Dispose()
    {
        _grown.Dispose();
        _fresh.Dispose();
    }

    [Theory]
    [InlineData(new long[] { }, 0)]
    [InlineData(new long[] { 512, 512, 512, 512, 512, 512, 512 }, 0)]
    [InlineData(new long[] { 512, 512, 512, 512, 512, 512, 512, 100 }, 8)]
    [InlineData(new long[] { 4096, 512, 512, 512, 512, 512, 512, 512, 512 }, 8)]
    [InlineData(new long[] { 4096, 4096, 4096, 4096, 4096, 4096, 4096, 4096 }, 8)]
    [InlineData(new long[] { 4096, 4096, 4096, 4096, 4096, 4096, 4096, 512 }, 0)]
    [InlineData(new long[] { 40_000, 512, 512, 512, 512, 512, 512, 512 }, 0)]
    public void The_newest_segments_of_one_level_merge_once_there_are_enough(long[] articles, int expected) =>
        Assert.Equal(expected, PostingsMergePolicy.TailToMerge(articles));

    [Fact]
    public void Segment_levels_grow_by_the_merge_factor()
    {
        Assert.Equal(0, PostingsMergePolicy.Level(1));
        Assert.Equal(0, PostingsMergePolicy.Level(PostingsMergePolicy.LevelZeroArticles * PostingsMergePolicy.MergeFactor - 1));
        Assert.Equal(1, PostingsMergePolicy.Level(PostingsMergePolicy.LevelZeroArticles * PostingsMergePolicy.MergeFactor));
        Assert.Equal(2, PostingsMergePolicy.Level(PostingsMergePolicy.LevelZeroArticles * PostingsMergePolicy.MergeFactor * PostingsMergePolicy.MergeFactor));
    }

    [Fact]
    public void Text_order_is_the_order_of_utf8_bytes()
    {
        string[] words = ["zebra", "Zebra", "ábaco", "abaco", "\uE000private", "\U0001F600smile", "naïve", "", "a", "ab"];
        var byBytes = words.OrderBy(w => w, Comparer<string>.Create((x, y) =>
            System.Text.Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(y)))).ToList();
        Assert.Equal(byBytes, words.Order(SqliteTextOrder.Instance));
        // Ordinal UTF-16 order puts the emoji (a surrogate pair) before U+E000; UTF-8 and SQLite put it after.
        Assert.NotEqual(byBytes, words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_index_grown_over_many_runs_ranks_exactly_as_one_built_at_once()
    {
        var random = new Random(11);
        string[] topics = ["tariffs", "harvest", "election", "storm", "strike", "budget"];
        string Story(int n) => $"Story {n}\n\n" + string.Join(' ', Enumerable.Range(0, 40).Select(_ =>
            random.Next(3) == 0 ? topics[random.Next(topics.Length)] : "word" + random.Next(200))) + ".";

        // Twenty runs, each adding files and replacing or deleting earlier ones: a segment per run, merged as they pile up.
        var live = new List<string>();
        for (var run = 0; run < 20; run++)
        {
            for (var i = 0; i < 3; i++)
            {
                var name = $"r{run}-{i}.txt";
                _grown.Write(name, Story(run * 10 + i));
                live.Add(name);
            }
            if (run % 3 == 2)
            {
                _grown.Delete(live[0]);
                live.RemoveAt(0);
            }
            if (run % 2 == 1) _grown.Change(live[random.Next(live.Count)], Story(1000 + run));
            new IndexBuilder(_grown.Index).Run(_grown.Corpus);
        }

        foreach (var name in live) _fresh.Write(name, File.ReadAllText(Path.Combine(_grown.Corpus, name)));
        new IndexBuilder(_fresh.Index).Run(_fresh.Corpus);

        Assert.True(SegmentCount(_grown.Index) < PostingsMergePolicy.MergeFactor + 2, "segments are merged as they pile up");
        Assert.True(Query(_grown.Index, "SELECT sum(articles) FROM postings_segments") < Query(_grown.Index, "SELECT seq FROM sqlite_sequence WHERE name = 'articles'"),
            "merged segments no longer count replaced and deleted articles");
        var (grown, fresh) = (new IndexSearcher(_grown.Index), new IndexSearcher(_fresh.Index));
        foreach (var query in topics.Append("tariffs OR storm").Append("word7"))
        {
            var a = grown.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits;
            var b = fresh.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits;
            Assert.NotEmpty(a);
            // Equal scores may tie-break differently: the two indexes gave the articles different rowids.
            Assert.Equal(b.Select(h => (h.Title, Math.Round(h.Score, 9))).Order(), a.Select(h => (h.Title, Math.Round(h.Score, 9))).Order());
        }
    }

    private static long SegmentCount(string index) => Query(index, "SELECT count(*) FROM postings_segments");

    private static long Query(string index, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(index, "search.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
