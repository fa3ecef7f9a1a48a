using Shouldly;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// Duplicates are refreshed around changed articles only (<see cref="DuplicateOptions.RematchAfterChange"/> set out of
/// reach forces that path); the clusters must still be those of a build that saw every article at once.
/// </summary>
public sealed class IncrementalDuplicatesTests : IDisposable
{
    private static readonly DuplicateOptions OnlyChanged = new() { RematchAfterChange = double.MaxValue };
    private static readonly DuplicateLevel[] Levels = [DuplicateLevel.Exact, DuplicateLevel.Near, DuplicateLevel.Story];

    private readonly TempCorpus _atOnce = new();
    private readonly TempCorpus _oneByOne = new();

    public void Dispose()
    {
        _atOnce.Dispose();
        _oneByOne.Dispose();
    }

    /// <summary>Sentences drawn from a vocabulary of made-up words per story: two draws of one story share its words, not its sentences.</summary>
    private static string Telling(int story, int draw, int sentences = 30)
    {
        var vocabulary = new Random(story);
        var words = Enumerable.Range(0, 50).Select(_ => new string(Enumerable.Range(0, vocabulary.Next(5, 9))
            .Select(_ => (char)('a' + vocabulary.Next(26))).ToArray())).ToArray();
        var random = new Random(story * 1000 + draw);
        return string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 10).Select(_ => words[random.Next(words.Length)])) + "."));
    }

    /// <summary>Three stories, each told twice in other words, with exact and near copies of some tellings, and two loners.</summary>
    private static List<(string Path, string Text)> Files()
    {
        var files = new List<(string, string)>();
        for (var story = 1; story <= 3; story++)
        {
            files.Add(($"s{story}-a.txt", $"Story {story} first telling\n\n{Telling(story, 1)}"));
            files.Add(($"s{story}-b.txt", $"Story {story} second telling\n\n{Telling(story, 2)}"));
        }
        files.Add(("copy-exact.txt", "A copy\n\n" + Telling(1, 1)));
        var near = Telling(2, 2);
        files.Add(("copy-near.txt", "A near copy\n\n" + near[..(near.Length * 9 / 10)] + " edited ending added here."));
        files.Add(("loner-1.txt", "Loner one\n\n" + Telling(11, 1)));
        files.Add(("loner-2.txt", "Loner two\n\n" + Telling(12, 1)));
        return files;
    }

    private static Dictionary<DuplicateLevel, List<string>> Clusters(string index)
    {
        using var searcher = new ArticleSearcher(index);
        return Levels.ToDictionary(level => level, level => searcher.GetCoverage(new SearchRequest(), level, int.MaxValue)
            .Select(c => string.Join(",", c.Members.Select(m => Path.GetFileName(searcher.GetArticle(m.Article.Id)!.SourcePath)).Order()))
            .Order().ToList());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Indexing_file_by_file_gives_the_clusters_of_indexing_at_once(bool onlyChanged)
    {
        var options = onlyChanged ? OnlyChanged : null;
        foreach (var (path, text) in Files()) _atOnce.Write(path, text);
        new IndexBuilder(_atOnce.Index, duplicates: options).Run(_atOnce.Corpus);
        var expected = Clusters(_atOnce.Index);
        expected[DuplicateLevel.Exact].ShouldBe(["copy-exact.txt,s1-a.txt"]);
        expected[DuplicateLevel.Near].ShouldBe(["copy-exact.txt,s1-a.txt", "copy-near.txt,s2-b.txt"]);
        expected[DuplicateLevel.Story].Count.ShouldBe(3);

        // Reversed, so that every story is first seen through the article indexed last at once.
        foreach (var (path, text) in Files().AsEnumerable().Reverse())
        {
            _oneByOne.Write(path, text);
            new IndexBuilder(_oneByOne.Index, duplicates: options).Run(_oneByOne.Corpus);
        }
        var actual = Clusters(_oneByOne.Index);
        actual[DuplicateLevel.Exact].ShouldBe(expected[DuplicateLevel.Exact]);
        actual[DuplicateLevel.Near].ShouldBe(expected[DuplicateLevel.Near]);
        actual[DuplicateLevel.Story].ShouldBe(expected[DuplicateLevel.Story]);
    }

    [Fact]
    public void A_changed_file_leaves_its_clusters_and_the_others_stay()
    {
        foreach (var (path, text) in Files()) _atOnce.Write(path, text);
        new IndexBuilder(_atOnce.Index, duplicates: OnlyChanged).Run(_atOnce.Corpus);

        _atOnce.Change("copy-exact.txt", "A copy no more\n\n" + Telling(21, 1));
        new IndexBuilder(_atOnce.Index, duplicates: OnlyChanged).Run(_atOnce.Corpus);

        var clusters = Clusters(_atOnce.Index);
        clusters[DuplicateLevel.Exact].ShouldBeEmpty();
        clusters[DuplicateLevel.Near].ShouldBe(["copy-near.txt,s2-b.txt"]);
        clusters[DuplicateLevel.Story].ShouldNotContain(c => c.Contains("copy-exact.txt"));
        clusters[DuplicateLevel.Story].Count.ShouldBe(3);
        using var searcher = new ArticleSearcher(_atOnce.Index);
        var changed = searcher.GetArticlesFromFile("copy-exact.txt").Single();
        searcher.GetDuplicates(changed.Id).Related.ShouldBeEmpty();
    }

    [Fact]
    public void A_removed_file_takes_its_links_and_clusters_with_it()
    {
        foreach (var (path, text) in Files()) _atOnce.Write(path, text);
        new IndexBuilder(_atOnce.Index, duplicates: OnlyChanged).Run(_atOnce.Corpus);
        using (var before = new ArticleSearcher(_atOnce.Index))
            before.GetDuplicates(before.GetArticlesFromFile("s1-a.txt").Single().Id).Related.ShouldContain(r => r.Level == DuplicateLevel.Exact);

        _atOnce.Delete("copy-exact.txt");
        new IndexBuilder(_atOnce.Index, duplicates: OnlyChanged).Run(_atOnce.Corpus);

        var clusters = Clusters(_atOnce.Index);
        clusters[DuplicateLevel.Exact].ShouldBeEmpty();
        clusters[DuplicateLevel.Near].ShouldBe(["copy-near.txt,s2-b.txt"]);
        clusters[DuplicateLevel.Story].ShouldContain("s1-a.txt,s1-b.txt");
        using var searcher = new ArticleSearcher(_atOnce.Index);
        var original = searcher.GetArticlesFromFile("s1-a.txt").Single();
        searcher.GetDuplicates(original.Id).Related.ShouldNotContain(r => r.Level == DuplicateLevel.Exact);
    }

    [Fact]
    public void Thousands_of_changed_articles_are_matched_on_every_core_and_keep_the_clusters()
    {
        // Over 2,000 stale articles are matched by one worker per core; each worker must seek keys with its own terms.
        const int fillers = 2100;
        foreach (var (path, text) in Files()) _atOnce.Write(path, text);
        for (var i = 0; i < fillers; i++) _atOnce.Write($"filler-{i:0000}.txt", $"Filler {i}\n\n{Telling(100 + i, 1, sentences: 4)}");
        new IndexBuilder(_atOnce.Index, duplicates: OnlyChanged).Run(_atOnce.Corpus);
        var before = Clusters(_atOnce.Index);

        for (var i = 0; i < fillers; i++) _atOnce.Change($"filler-{i:0000}.txt", $"Filler {i} revised\n\n{Telling(100 + i, 1, sentences: 4)}");
        var report = new IndexBuilder(_atOnce.Index, duplicates: OnlyChanged).Run(_atOnce.Corpus);

        report.ArticlesUpdated.ShouldBe(fillers);
        var after = Clusters(_atOnce.Index);
        after[DuplicateLevel.Exact].ShouldBe(["copy-exact.txt,s1-a.txt"]);
        after[DuplicateLevel.Near].ShouldBe(before[DuplicateLevel.Near]);
        after[DuplicateLevel.Story].ShouldBe(before[DuplicateLevel.Story]);
    }
}
