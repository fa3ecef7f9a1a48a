using Shouldly;

namespace CorpusGenerator.Tests;

/// <summary>Checks on the real shared corpora; skipped when ../shared/corpus is absent.</summary>
public sealed class SharedCorpusTests
{
    private static string? FindSharedCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "corpus"), Path.Combine(dir.FullName, "..", "shared", "corpus") })
                if (Directory.Exists(Path.Combine(candidate, "allsides-sample"))) return Path.GetFullPath(candidate);
        }
        return null;
    }

    [Fact]
    public void The_shared_corpora_give_real_outlets_person_names_and_topics()
    {
        var root = FindSharedCorpus();
        if (root is null) VisibleSkip.Because("../shared/corpus is absent: the real-corpus check of the generator's sources is skipped");
        var corpus = SourceCorpus.Load(root);

        corpus.Corpora.ShouldBe(["allsides", "bbc", "reuters"]);
        corpus.ArticleCount.ShouldBeGreaterThan(15_000);
        corpus.Outlets.Count.ShouldBeGreaterThan(100);
        corpus.Outlets.ShouldNotContain(o => o.Name.StartsWith("Guest Writer", StringComparison.Ordinal));
        var weights = corpus.Outlets.Select(o => o.Weight).OrderDescending().ToList();
        weights.Take(10).Sum().ShouldBeGreaterThan(weights.Skip(10).Sum() * 0.5, "a few big outlets carry a large share");

        corpus.PersonNames.Count.ShouldBeGreaterThan(300);
        corpus.PersonNames.ShouldAllBe(n => n.Split(' ', StringSplitOptions.None).Length == 2);
        corpus.PersonNames.ShouldNotContain("White House");
        corpus.PersonNames.ShouldNotContain("Prime Minister");
        corpus.Articles.Count(a => a.Names.Length > 0).ShouldBeGreaterThan(corpus.ArticleCount / 10);
    }
}
