using Shouldly;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

/// <summary>The seed articles: 000, 001 and 002 rewrite one report (5-shingle Jaccard 1–2 %), 003 covers the same topic, 004 is a digest.</summary>
public sealed class SeedStoryTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void The_three_rewrites_are_one_story_and_the_same_topic_article_and_the_digest_excerpts_stay_out()
    {
        new IndexBuilder(_corpus.Index).Run(SharedCorpus.SampleCorpus());
        using var searcher = new ArticleSearcher(_corpus.Index);
        string FileOf(string id) => Path.GetFileName(searcher.GetArticle(id)!.SourcePath)[..3];
        var rewrites = searcher.GetArticlesFromFile(Directory.GetFiles(SharedCorpus.SampleCorpus(), "000_*.txt").Select(Path.GetFileName).Single()!).Single();

        var story = searcher.GetDuplicates(rewrites.Id).Clusters[DuplicateLevel.Story];
        story.Members.Select(m => FileOf(m.Article.Id)).Order().ShouldBe(["000", "001", "002"]);
        searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Near).ShouldBeEmpty();
        // Every other story is of digest excerpts only (two of them share a copied paragraph), and 003 is in none.
        var others = searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Story)
            .Select(c => c.Members.Select(m => FileOf(m.Article.Id)).ToList()).Where(files => !files.Contains("000")).ToList();
        others.SelectMany(files => files).Distinct().ShouldBe(others.Count == 0 ? [] : ["004"]);
    }
}
