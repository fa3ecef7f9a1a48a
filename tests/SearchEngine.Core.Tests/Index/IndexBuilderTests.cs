using System.Diagnostics;
using Shouldly;
using System.Text;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

public class IndexBuilderTests
{
    private static IndexReport Run(TempCorpus corpus) => new IndexBuilder(corpus.Index).Run(corpus.Corpus);

    private static int Count(TempCorpus corpus, string query) =>
        new ArticleSearcher(corpus.Index).Search(new SearchRequest { Query = query }).Total;

    [Fact]
    public void A_run_reports_its_phases_and_an_unchanged_run_skips_the_derived_ones()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        var outside = Stopwatch.StartNew();
        var first = Run(corpus);
        outside.Stop();
        first.Phases.Select(p => p.Name).ShouldBe(["articles", "persons", "duplicates"]);
        // Every phase did work, so a phase that was never timed (zero) or timed twice shows; the phases lie within
        // the run, and the run's own clock within the call that made it.
        first.Phases.ShouldAllBe(p => p.Elapsed > TimeSpan.Zero);
        first.Phases.Sum(p => p.Elapsed.Ticks).ShouldBeLessThanOrEqualTo(first.Elapsed.Ticks);
        first.Elapsed.ShouldBeLessThanOrEqualTo(outside.Elapsed);
        first.ArticlesPerSecond.ShouldBe(1 / first.Elapsed.TotalSeconds, tolerance: 1e-9);

        Run(corpus).Phases.Select(p => p.Name).ShouldBe(["articles"]);
    }

    [Fact]
    public void A_second_run_over_the_same_folder_changes_nothing_and_says_so()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        corpus.Write("b.txt", "Harvest report\n\nCocoa arrivals rose.");
        var first = Run(corpus);
        Assert.Equal(2, first.ArticlesAdded);

        var second = Run(corpus);
        Assert.True(second.NothingChanged);
        Assert.Equal(2, second.ArticlesUnchanged);
        Assert.Equal(2, second.FilesUnchanged);
        Assert.Equal(0, second.BytesRead);
    }

    [Fact]
    public void Changed_added_and_deleted_files_are_updated_added_and_removed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        corpus.Write("b.txt", "Harvest report\n\nCocoa arrivals rose.");
        corpus.Write("c.txt", "Market close\n\nShares fell.");
        Run(corpus);

        corpus.Change("a.txt", "Ceasefire talks\n\nDiplomats met in Vienna instead.");
        corpus.Delete("b.txt");
        corpus.Write("d.txt", "Election night\n\nVoters queued.");
        var report = Run(corpus);

        Assert.Equal((1, 1, 1, 1), (report.ArticlesUpdated, report.ArticlesAdded, report.ArticlesRemoved, report.ArticlesUnchanged));
        Assert.Equal(1, Count(corpus, "Vienna"));
        Assert.Equal(0, Count(corpus, "Geneva"));
        Assert.Equal(0, Count(corpus, "cocoa"));
        Assert.Equal(1, Count(corpus, "voters"));
        Assert.Equal(3, new ArticleSearcher(corpus.Index).GetStats().Articles);
    }

    [Fact]
    public void A_touched_file_with_the_same_bytes_is_not_reindexed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        Run(corpus);
        corpus.Change("a.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        var report = Run(corpus);
        Assert.True(report.NothingChanged);
        Assert.Equal(1, report.ArticlesUnchanged);
        Assert.True(Run(corpus).BytesRead == 0, "the new time was recorded, so a third run reads nothing");
    }

    [Fact]
    public void Bad_files_are_reported_with_reasons_and_the_rest_is_indexed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("good.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        corpus.Write("empty.txt", "");
        corpus.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        corpus.Write("huge.txt", new string('a', 5000));
        corpus.Write("notes.docx", "x");
        var report = new IndexBuilder(corpus.Index, new(MaxFileBytes: 4096)).Run(corpus.Corpus);

        Assert.Equal(1, report.ArticlesAdded);
        var reasons = report.Skipped.ToDictionary(s => s.RelativePath, s => s.Reason);
        Assert.Contains("empty", reasons["empty.txt"]);
        Assert.Contains("binary", reasons["binary.txt"]);
        Assert.Contains("too large", reasons["huge.txt"]);
        Assert.Contains("not an article file", reasons["notes.docx"]);
        Assert.Equal(1, Count(corpus, "Geneva"));
    }

    [Fact]
    public void A_file_that_turns_bad_keeps_its_last_good_version()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Ceasefire talks\n\nDiplomats met in Geneva.");
        Run(corpus);
        corpus.WriteBytes("a.txt", [0x00, 0x01, 0x02, 0x03, 0x00]);
        var report = Run(corpus);
        Assert.Contains("previously indexed version is kept", Assert.Single(report.Skipped).Reason);
        Assert.Equal(1, Count(corpus, "Geneva"));
    }

    [Fact]
    public void Windows_1252_files_are_indexed_and_noted()
    {
        using var corpus = new TempCorpus();
        corpus.WriteBytes("a.txt", [.. Encoding.ASCII.GetBytes("Cup tie\n\nArsenal"), 0x92, .. Encoding.ASCII.GetBytes("s defence held.")]);
        var report = Run(corpus);
        Assert.Contains("Windows-1252", Assert.Single(report.EncodingNotes).Reason);
        Assert.Equal(1, Count(corpus, "defence"));
    }

    [Fact]
    public void Changing_a_sidecar_row_reindexes_that_file()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.tsv", "file\toutlet\na.txt\tReuters\nb.txt\tAP\n");
        corpus.Write("a.txt", "Talks\n\nText one.");
        corpus.Write("b.txt", "Talks\n\nText two.");
        Run(corpus);
        corpus.Write("metadata.tsv", "file\toutlet\na.txt\tThe Guardian\nb.txt\tAP\n");
        var report = Run(corpus);
        Assert.Equal((1, 1), (report.ArticlesUpdated, report.ArticlesUnchanged));
        var outlets = new ArticleSearcher(corpus.Index).Search(new SearchRequest()).FacetNamed(FacetNames.Outlet)!;
        // Sidecar outlets go through the outlet alias table like extracted ones ("AP" is the Associated Press).
        Assert.Equal(["Associated Press", "The Guardian"], outlets.Values.Select(v => v.Value).Order());
    }

    [Fact]
    public void A_folder_publisher_applies_below_its_folder_under_a_sidecar_row_and_an_edit_reindexes_its_files()
    {
        using var corpus = new TempCorpus();
        corpus.Write("bbc/publisher.txt", "BBC News\n");
        corpus.Write("bbc/a.txt", "Cup tie\n\nArsenal won the cup tie.");
        corpus.Write("bbc/politics/b.txt", "Budget vote\n\nThe budget passed.");
        corpus.Write("bbc/metadata.tsv", "file\toutlet\nc.txt\tNewsmax - Opinion\n");
        corpus.Write("bbc/c.txt", "Harvest report\n\nCocoa arrivals rose.");
        corpus.Write("other/d.txt", "Rates held\n\nThe bank held rates.");
        Run(corpus);
        Outlets(corpus).ShouldBe(new Dictionary<string, string?>
        {
            ["bbc/a.txt"] = "BBC News", ["bbc/c.txt"] = "Newsmax", ["bbc/politics/b.txt"] = "BBC News", ["other/d.txt"] = null,
        });

        corpus.Change("bbc/publisher.txt", "The Guardian\n");
        var report = Run(corpus);

        // every file below the folder is read again (a row naming a columnist, not an outlet, would fall back to the
        // folder's publisher); the file outside it is not
        (report.ArticlesUpdated, report.ArticlesUnchanged).ShouldBe((3, 1));
        Outlets(corpus).ShouldBe(new Dictionary<string, string?>
        {
            ["bbc/a.txt"] = "The Guardian", ["bbc/c.txt"] = "Newsmax", ["bbc/politics/b.txt"] = "The Guardian", ["other/d.txt"] = null,
        });
        using var searcher = new ArticleSearcher(corpus.Index);
        var opinion = searcher.Search(new SearchRequest { Query = "cocoa" }).Hits.Single();
        searcher.GetArticle(opinion.Id)!.Section.ShouldBe("Opinion");
    }

    /// <summary>Each article's outlet by its file, in the order of the files.</summary>
    private static Dictionary<string, string?> Outlets(TempCorpus corpus)
    {
        using var searcher = new ArticleSearcher(corpus.Index);
        return searcher.Search(new SearchRequest { PageSize = 100 }).Hits
            .OrderBy(h => h.SourcePath, StringComparer.Ordinal).ToDictionary(h => h.SourcePath ?? "", h => h.Outlet);
    }

    [Fact]
    public void Malformed_sidecar_dates_are_reported_not_guessed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.tsv", "file\tdate\na.txt\t9/6/17\nb.txt\t2016-09-20\n");
        corpus.Write("a.txt", "Talks\n\nText one.");
        corpus.Write("b.txt", "Talks\n\nText two.");
        var report = Run(corpus);
        Assert.Contains("9/6/17", Assert.Single(report.Warnings).Reason);
        var searcher = new ArticleSearcher(corpus.Index);
        var hits = searcher.Search(new SearchRequest { Sort = SortOrder.Newest }).Hits;
        Assert.Equal([new DateOnly(2016, 9, 20), null], hits.Select(h => h.Date));
    }
}
