using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.TestSupport;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

/// <summary>The acceptance checks of the extraction issue, on the five seed files.</summary>
public sealed class SeedCorpusTests
{
    private static Dictionary<string, IReadOnlyList<Article>> ExtractSeeds()
    {
        var folder = ExtractionTestPaths.Seeds();
        if (folder is null || Directory.GetFiles(folder, "00*.txt").Length < 5) VisibleSkip.Because("seed files not found (../shared/corpus/seeds or sample-corpus/)");
        var extractor = new ArticleExtractor();
        return Directory.GetFiles(folder!, "00*.txt").Order(StringComparer.Ordinal).ToDictionary(
            f => Path.GetFileName(f)[..3],
            f => extractor.Extract(new SourceDocument(Path.GetFileName(f), File.ReadAllText(f).Replace("\r\n", "\n"), "h", SourceMetadata.Empty)));
    }

    [Fact]
    public void The_five_seeds_yield_one_Zelenskyy_after_corpus_resolution()
    {
        var seeds = ExtractSeeds();
        var persons = seeds.Values.SelectMany(a => a).SelectMany(a => a.Persons).ToList();
        var occurrences = persons.GroupBy(p => (p.Key, p.Name)).Select(g => new PersonOccurrence(g.Key.Key, g.Key.Name, g.Count()));
        var resolved = PersonDirectory.Resolve(occurrences);

        var zelenskyKeys = persons.Where(p => p.Name.Contains("Zelensk", StringComparison.Ordinal))
            .Select(p => resolved[p.Key].CanonicalKey).Distinct().ToList();
        Assert.Equal(["volodymyr zelensky"], zelenskyKeys);
        Assert.Equal(["donald trump"], persons.Where(p => p.Name.Contains("Trump", StringComparison.Ordinal)).Select(p => resolved[p.Key].CanonicalKey).Distinct());
        Assert.Equal(["phillips obrien"], persons.Where(p => p.Name.Contains("Brien", StringComparison.Ordinal)).Select(p => resolved[p.Key].CanonicalKey).Distinct());
    }

    [Fact]
    public void No_place_organisation_or_heading_comes_out_as_a_person()
    {
        string[] notPersons =
        [
            "Moscow", "Kyiv", "Crimea", "Washington", "Geneva", "Kremlin", "White House", "Telegraph", "Key Diplomatic Developments",
            "Proposal Details", "Ukrainian Constitutional Constraints", "International Implications", "Europe Raises Red Flags", "Mar-a-Lago",
            "Nuremberg", "Supporters", "Sources", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "NATO", "Bulwark", "Axios", "Russia", "Ukraine",
        ];
        var names = ExtractSeeds().Values.SelectMany(a => a).SelectMany(a => a.Persons).SelectMany(p => p.Mentions.Select(m => m.Text).Append(p.Name)).ToHashSet();

        foreach (var notPerson in notPersons) Assert.DoesNotContain(notPerson, names);
        Assert.All(names, n => Assert.DoesNotContain(n, notPersons));
    }

    [Fact]
    public void The_digest_splits_into_its_excerpts_with_outlets_authors_and_dates()
    {
        var digest = ExtractSeeds()["004"];

        Assert.True(digest.Count >= 10, $"{digest.Count} excerpts");
        Assert.Equal(Enumerable.Range(1, digest.Count), digest.Select(a => a.Ordinal));
        Assert.All(digest, a => Assert.Equal(ArticleId.For(a.SourcePath, a.Ordinal), a.Id));
        Assert.Contains(digest, a => a.Outlet == "The Guardian");
        Assert.Contains(digest, a => a.Outlet == "Associated Press");
        Assert.Contains(digest, a => a.Outlet == "Bloomberg");
        Assert.Contains(digest, a => a.Outlet == "The Atlantic" && a.Author == "Phillips Payson O’Brien");
        Assert.Contains(digest, a => a.Outlet == "The Telegraph" && a.Author == "David Blair" && a.Date == new DateOnly(2025, 11, 19));
        Assert.Contains(digest, a => a.Author == "Anne Applebaum" && a.Date == new DateOnly(2025, 11, 22));
        Assert.Contains(digest, a => a.Author == "Timothy Snyder");
        Assert.Contains(digest, a => a.Author == "Barak Ravid" && a.Outlet is null && a.CitedOutlets.Contains("Axios"));
        Assert.All(digest, a => Assert.NotNull(a.Date));
    }

    [Fact]
    public void The_digest_excerpts_end_with_their_own_last_sentence_and_not_the_page_s_comment_prompt()
    {
        var digest = ExtractSeeds()["004"];

        var telegraph = Assert.Single(digest, a => a.Outlet == "The Telegraph");
        Assert.EndsWith("his American counterpart, from Oct 24 to 26.", telegraph.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Comment", telegraph.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("comm comm", telegraph.Text, StringComparison.Ordinal);
        Assert.All(digest, a =>
        {
            var lines = a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.False(PageChrome.IsChromeLine(lines[0]), $"{a.Title} starts with '{lines[0]}'");
            Assert.False(PageChrome.IsChromeLine(lines[^1]), $"{a.Title} ends with '{lines[^1]}'");
        });
    }

    [Fact]
    public void The_three_rewrites_cite_The_Telegraph_without_making_it_their_publisher()
    {
        var seeds = ExtractSeeds();

        foreach (var id in new[] { "000", "001", "002" })
        {
            var article = Assert.Single(seeds[id]);
            Assert.Contains("The Telegraph", article.CitedOutlets);
            Assert.NotEqual("The Telegraph", article.Outlet);
        }
        Assert.Equal("Newsmax", seeds["000"][0].Outlet);
        Assert.Null(seeds["001"][0].Outlet);
    }

    [Fact]
    public void Ordinary_articles_with_sub_headings_are_not_split()
    {
        var seeds = ExtractSeeds();

        Assert.All(new[] { "000", "001", "002", "003" }, id => Assert.Equal(0, Assert.Single(seeds[id]).Ordinal));
    }
}
