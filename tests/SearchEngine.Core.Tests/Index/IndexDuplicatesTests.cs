using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

public sealed class IndexDuplicatesTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    /// <summary>Text of its own made-up words per seed (so separate seeds are separate stories), plus "council".</summary>
    private static string Story(int seed, int sentences = 40)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 60).Select(_ => new string(Enumerable.Range(0, random.Next(4, 9))
            .Select(_ => (char)('a' + random.Next(26))).ToArray())).Append("council").ToArray();
        return string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])) + "."));
    }

    private ArticleSearcher Index()
    {
        new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        return new ArticleSearcher(_corpus.Index);
    }

    private string IdOf(ArticleSearcher searcher, string title) =>
        searcher.Search(new SearchRequest { Query = $"title:\"{title}\"" }).Hits.Single(h => h.Title == title).Id;

    [Fact]
    public void Exact_copies_across_files_form_a_cluster_and_are_listed_on_each_article()
    {
        _corpus.Write("metadata.tsv", "file\toutlet\tdate\na.txt\tAP\t2020-01-01\nb.txt\tThe Guardian\t2020-01-02\nc.txt\tBBC\t2020-01-03\n");
        var body = Story(1);
        _corpus.Write("a.txt", "Bridge vote\n\n" + body);
        _corpus.Write("b.txt", "Council approves bridge\n\n" + body.ToUpperInvariant().Replace(".", " ."));
        _corpus.Write("c.txt", "Other news\n\n" + Story(2));
        var searcher = Index();

        var a = IdOf(searcher, "Bridge vote");
        var b = IdOf(searcher, "Council approves bridge");
        var duplicates = searcher.GetDuplicates(b);
        Assert.Contains(duplicates.Related, r => r.Article.Id == a && r.Level == DuplicateLevel.Exact);
        var cluster = duplicates.Clusters[DuplicateLevel.Exact];
        Assert.Equal(a, cluster.Origin.Id);  // the earlier one is the likely origin
        Assert.Equal([a, b], cluster.Members.Select(m => m.Article.Id));
        Assert.Empty(searcher.GetDuplicates(IdOf(searcher, "Other news")).Related);
    }

    [Fact]
    public void Collapsed_results_show_one_row_per_cluster_and_count_articles_and_stories()
    {
        var body = Story(3);
        for (var i = 0; i < 4; i++) _corpus.Write($"copy{i}.txt", $"Copy {i}\n\n{body}");
        for (var i = 0; i < 3; i++) _corpus.Write($"other{i}.txt", $"Other {i}\n\n{Story(10 + i)}");
        var searcher = Index();

        var flat = searcher.Search(new SearchRequest { Query = "council" });
        Assert.Equal(7, flat.Total);
        Assert.Equal(4, flat.Stories);

        var collapsed = searcher.Search(new SearchRequest { Query = "council", Collapse = DuplicateLevel.Near });
        Assert.Equal(7, collapsed.Total);
        Assert.Equal(4, collapsed.Rows);
        Assert.Equal(4, collapsed.Hits.Count);
        var row = collapsed.Hits.Single(h => h.More.Count > 0);
        Assert.Equal(3, row.More.Count);
        Assert.All(row.More, m => Assert.StartsWith("Copy", m.Title));
    }

    [Fact]
    public void Deleting_an_article_updates_its_clusters()
    {
        var body = Story(4);
        _corpus.Write("a.txt", "First\n\n" + body);
        _corpus.Write("b.txt", "Second\n\n" + body);
        var searcher = Index();
        Assert.Single(searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Exact));

        _corpus.Delete("b.txt");
        searcher = Index();
        Assert.Empty(searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Exact));
        Assert.Empty(searcher.GetDuplicates(IdOf(searcher, "First")).Related);
    }

    [Fact]
    public void A_passage_copied_into_another_article_is_found_with_its_offsets()
    {
        var shared = "The engineers told the hearing that the repair would cost far more than the council had been told, "
                     + "and that traffic on the old bridge should be limited until the work was finished next spring.";
        _corpus.Write("a.txt", "Bridge costs\n\n" + Story(5, 20) + " " + shared + " " + Story(6, 20));
        _corpus.Write("b.txt", "School plan\n\n" + Story(7, 15) + " " + shared + " " + Story(8, 25));
        var searcher = Index();

        var a = searcher.GetArticle(IdOf(searcher, "Bridge costs"))!;
        var passage = Assert.Single(searcher.GetDuplicates(a.Id).Passages);
        // Spans found at index time may start or end a few words inside the real passage, never outside it.
        var copied = a.Text[passage.Span.Start..passage.Span.End];
        Assert.Contains(copied, shared);
        Assert.True(passage.Words >= 20, $"only {passage.Words} words found");
        var b = searcher.GetArticle(passage.Other.Id)!;
        Assert.Contains(b.Text[passage.OtherSpan.Start..passage.OtherSpan.End], shared);
    }
}
