using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

public sealed class ArticleSearcherTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private ArticleSearcher Build(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files) _corpus.Write(name, text);
        new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        return new ArticleSearcher(_corpus.Index);
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_match_in_the_title_outranks_the_same_match_in_the_body()
    {
        var searcher = Build(
            ("body.txt", "Market report\n\nTraders discussed the sanctions package at length today in the capital."),
            ("title.txt", "Sanctions package announced\n\nTraders discussed the news at length today in the capital."));
        var hits = searcher.Search(new SearchRequest { Query = "sanctions" }).Hits;
        Assert.Equal(["Sanctions package announced", "Market report"], hits.Select(h => h.Title));
    }

    [Fact]
    public void Field_weights_are_configurable()
    {
        Build(
            ("body.txt", "Market report\n\nTraders discussed the sanctions package at length today in the capital."),
            ("title.txt", "Sanctions package announced\n\nTraders discussed the news at length today in the capital."));
        var bodyFirst = new ArticleSearcher(_corpus.Index, new Dictionary<string, double> { ["title"] = 0.01, ["body"] = 50 });
        Assert.Equal("Market report", bodyFirst.Search(new SearchRequest { Query = "sanctions" }).Hits[0].Title);
    }

    [Fact]
    public void Stemming_finds_other_forms_of_a_word()
    {
        var searcher = Build(("a.txt", "Talks\n\nThe envoys were negotiating late into the night."));
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "negotiations" }).Total);
    }

    [Fact]
    public void Diacritics_are_folded_both_ways()
    {
        var searcher = Build(("a.txt", "Profile\n\nCarlos Núñez spoke first."), ("b.txt", "Profile\n\nJose Nunez spoke second."));
        Assert.Equal(2, searcher.Search(new SearchRequest { Query = "Nunez" }).Total);
        Assert.Equal(2, searcher.Search(new SearchRequest { Query = "Núñez" }).Total);
    }

    [Fact]
    public void Snippets_are_html_encoded_and_only_marks_are_added()
    {
        var searcher = Build(("a.txt", "Report\n\nThe page said <script>alert('peace')</script> & more about peace."));
        var hit = searcher.Search(new SearchRequest { Query = "peace" }).Hits.Single();
        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.Contains("&amp;", hit.SnippetHtml);
        Assert.Contains("<mark>peace</mark>", hit.SnippetHtml);
        Assert.Equal(hit.SnippetHtml.Split("<mark>").Length - 1, hit.SnippetHtml.Split("</mark>").Length - 1);
    }

    [Fact]
    public void Outlet_facet_counts_ignore_the_outlet_selection_and_values_combine_with_or()
    {
        _corpus.Write("metadata.tsv", "file\toutlet\tdate\n1.txt\tDaily Planet\t2020-01-01\n2.txt\tDaily Planet\t2020-01-02\n3.txt\tGotham Gazette\t2020-01-03\n4.txt\tCentral City Star\t2020-02-01\n5.txt\tCentral City Star\t2021-01-01\n");
        var searcher = Build(
            ("1.txt", "T\n\npeace talks"), ("2.txt", "T\n\npeace deal"), ("3.txt", "T\n\npeace plan"),
            ("4.txt", "T\n\npeace march"), ("5.txt", "T\n\nwar news"));

        var all = searcher.Search(new SearchRequest { Query = "peace" });
        Assert.Equal(4, all.Total);
        Assert.Equal(new Dictionary<string, int> { ["Daily Planet"] = 2, ["Gotham Gazette"] = 1, ["Central City Star"] = 1 },
            all.FacetNamed(FacetNames.Outlet)!.Values.ToDictionary(v => v.Value, v => v.Count));

        var two = searcher.Search(new SearchRequest { Query = "peace", Outlets = ["Daily Planet", "Gotham Gazette"] });
        Assert.Equal(3, two.Total);
        var counts = two.FacetNamed(FacetNames.Outlet)!.Values.ToDictionary(v => v.Value, v => (v.Count, v.Selected));
        Assert.Equal((2, true), counts["Daily Planet"]);
        Assert.Equal((1, true), counts["Gotham Gazette"]);
        Assert.Equal((1, false), counts["Central City Star"]);

        var dated = searcher.Search(new SearchRequest { Query = "peace", Outlets = ["Daily Planet", "Gotham Gazette"], From = new(2020, 1, 2) });
        Assert.Equal(2, dated.Total);
        // The outlet counts now respect the date filter but still ignore the outlet selection.
        Assert.Equal(new Dictionary<string, int> { ["Daily Planet"] = 1, ["Gotham Gazette"] = 1, ["Central City Star"] = 1 },
            dated.FacetNamed(FacetNames.Outlet)!.Values.ToDictionary(v => v.Value, v => v.Count));
        // The histogram follows the date selection: its bars cover the selected dates only, so they count the matches.
        Assert.Equal(2, dated.Dates.Buckets.Sum(b => b.Count));
        Assert.Equal(new DateOnly(2020, 1, 2), dated.Dates.Buckets[0].From);
    }

    [Fact]
    public void Selecting_a_year_shows_the_histogram_by_month_and_a_month_by_day()
    {
        _corpus.Write("metadata.tsv", "file\tdate\n1.txt\t1987-03-02\n2.txt\t1987-03-20\n3.txt\t1987-10-19\n4.txt\t2019-05-01\n5.txt\t2020-06-01\n");
        var searcher = Build(Enumerable.Range(1, 5).Select(i => ($"{i}.txt", $"Item {i}\n\ngrain report {i}")).ToArray());

        var all = searcher.Search(new SearchRequest { Query = "grain" }).Dates;
        Assert.Equal(DateHistogram.Year, all.Granularity);
        Assert.Equal(2020 - 1987 + 1, all.Buckets.Count);

        var year = searcher.Search(new SearchRequest { Query = "grain", From = new(1987, 1, 1), To = new(1987, 12, 31) }).Dates;
        Assert.Equal(DateHistogram.Month, year.Granularity);
        // The archive starts in March 1987, so the year's months start there too.
        Assert.Equal(["1987-03", "1987-04", "1987-05", "1987-06", "1987-07", "1987-08", "1987-09", "1987-10", "1987-11", "1987-12"], year.Buckets.Select(b => b.Label));
        Assert.Equal([2, 0, 0, 0, 0, 0, 0, 1, 0, 0], year.Buckets.Select(b => b.Count));

        var month = searcher.Search(new SearchRequest { Query = "grain", From = new(1987, 3, 1), To = new(1987, 3, 31) }).Dates;
        Assert.Equal(DateHistogram.Day, month.Granularity);
        // From the archive's first day, 2 March, to the month's last.
        Assert.Equal(30, month.Buckets.Count);
        Assert.Equal(new DateOnly(1987, 3, 2), month.Buckets[0].From);
        Assert.Equal(1, month.Buckets.Single(b => b.Label == "1987-03-20").Count);
    }

    [Fact]
    public void Paging_and_sorting_walk_every_hit_once()
    {
        _corpus.Write("metadata.tsv", "file\tdate\n" + string.Concat(Enumerable.Range(1, 25).Select(i => $"{i:00}.txt\t2020-01-{i:00}\n")));
        var searcher = Build(Enumerable.Range(1, 25).Select(i => ($"{i:00}.txt", $"Item {i}\n\ncommon word and number {i}")).ToArray());

        var newest = Enumerable.Range(1, 3).SelectMany(p =>
            searcher.Search(new SearchRequest { Query = "common", Sort = SortOrder.Newest, Page = p, PageSize = 10 }).Hits).ToList();
        Assert.Equal(25, newest.Count);
        Assert.Equal(newest.Select(h => h.Date).OrderDescending(), newest.Select(h => h.Date));
        Assert.Equal(25, newest.Select(h => h.Id).Distinct().Count());

        var oldest = searcher.Search(new SearchRequest { Query = "common", Sort = SortOrder.Oldest, PageSize = 3 });
        Assert.Equal([new(2020, 1, 1), new(2020, 1, 2), new DateOnly(2020, 1, 3)], oldest.Hits.Select(h => h.Date!.Value));
        Assert.Equal(9, oldest.PageCount);
    }

    [Fact]
    public void An_empty_query_browses_everything_newest_first()
    {
        _corpus.Write("metadata.tsv", "file\tdate\na.txt\t2019-05-01\nb.txt\t2021-05-01\nc.txt\t\n");
        var searcher = Build(("a.txt", "A\n\nx"), ("b.txt", "B\n\ny"), ("c.txt", "C\n\nz"));
        var result = searcher.Search(new SearchRequest());
        Assert.Equal(["B", "A", "C"], result.Hits.Select(h => h.Title));
    }

    [Fact]
    public void An_unknown_id_or_a_path_shaped_id_finds_nothing()
    {
        var searcher = Build(("a.txt", "A\n\nx"));
        Assert.Null(searcher.GetArticle("0123456789abcdef"));
        Assert.Null(searcher.GetArticle("../../etc/passwd"));
        var id = searcher.Search(new SearchRequest()).Hits.Single().Id;
        Assert.Equal("A", searcher.GetArticle(id)!.Title);
    }

    [Fact]
    public void Opening_a_folder_without_an_index_is_a_clear_error()
    {
        var ex = Assert.Throws<IndexNotFoundException>(() => new ArticleSearcher(Path.Combine(_corpus.Root, "nothing")));
        Assert.Contains("searchengine index", ex.Message);
    }

    [Fact]
    public void Query_syntax_reaches_the_index_fields_dates_and_exclusions()
    {
        _corpus.Write("metadata.tsv", "file\toutlet\tdate\na.txt\tAP\t2020-01-05\nb.txt\tReuters\t2021-06-01\n");
        var searcher = Build(("a.txt", "Sanctions vote\n\nThe envoy spoke about grain."), ("b.txt", "Grain prices\n\nSanctions were discussed by the envoy."));
        int Total(string q) => searcher.Search(new SearchRequest { Query = q }).Total;
        Assert.Equal(1, Total("title:sanctions"));
        Assert.Equal(2, Total("sanctions envoy"));
        Assert.Equal(1, Total("-title:grain"));
        Assert.Equal(1, Total("outlet:reuters"));
        Assert.Equal(1, Total("date:[2021-01-01 TO 2021-12-31]"));
        Assert.Equal(2, Total("date:2020 OR title:grain"));
        Assert.Equal(1, Total("\"envoy spoke\""));
    }

    [Theory]
    [InlineData("foo:bar")]
    [InlineData("date:[2020-13-45 TO x]")]
    [InlineData("a*")]
    public void A_query_that_cannot_be_parsed_gives_a_message_and_no_hits(string query)
    {
        var searcher = Build(("a.txt", "A\n\nfoo bar"));
        var result = searcher.Search(new SearchRequest { Query = query });
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_database_file_without_a_committed_schema_counts_as_no_index()
    {
        Directory.CreateDirectory(_corpus.Index);
        File.WriteAllBytes(Path.Combine(_corpus.Index, "search.db"), []);
        Assert.False(ArticleSearcher.Exists(_corpus.Index));
        Assert.Throws<IndexNotFoundException>(() => new ArticleSearcher(_corpus.Index));
    }

    [Fact]
    public void Ranking_follows_updates_and_deletions()
    {
        var searcher = Build(
            ("a.txt", "Tariffs\n\nTariffs tariffs tariffs were the story of the day."),
            ("b.txt", "Markets\n\nOne mention of tariffs in a long piece about other matters entirely."));
        Assert.Equal("Tariffs", searcher.Search(new SearchRequest { Query = "tariffs" }).Hits[0].Title);

        // Enough runs (a segment or more each) that Lucene merges segments, dropping the replaced articles.
        for (var round = 0; round < 12; round++)
        {
            _corpus.Change("a.txt", $"Weather\n\nRain all day, round {round}, and one note on tariffs.");
            _corpus.Change("b.txt", $"Tariffs dominate\n\nTariffs tariffs tariffs, round {round}.");
            new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        }

        // the searcher looks for newer commits at most every 200 ms by itself; the test must not depend on that timer
        searcher.Refresh();
        var hits = searcher.Search(new SearchRequest { Query = "tariffs" }).Hits;
        Assert.Equal(["Tariffs dominate", "Weather"], hits.Select(h => h.Title));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void A_person_search_finds_every_spelling_of_the_name()
    {
        var searcher = Build(
            ("a.txt", "Talks\n\nUkrainian President Volodymyr Zelenskyy said on Monday that talks would go on."),
            ("b.txt", "Talks\n\nPresident Volodymyr Zelensky told reporters he was grateful for the support."),
            ("c.txt", "Talks\n\nUkrainian President Volodymyr Zelenskiy said the plan needed work."),
            ("d.txt", "Talks\n\nPrime Minister Keir Starmer said the plan needed work."));
        foreach (var spelling in new[] { "Zelenskyy", "Zelensky", "Zelenskiy", "\"Volodymyr Zelenskyy\"" })
        {
            Assert.Equal(3, searcher.Search(new SearchRequest { Query = "person:" + spelling }).Total);
            Assert.Equal(3, searcher.Search(new SearchRequest { Query = spelling }).Total);
        }
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "person:starmer" }).Total);
    }

    [Fact]
    public void An_index_written_by_another_schema_version_counts_as_no_index_until_reindexed()
    {
        Build(("a.txt", "A\n\nx"));
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_corpus.Index))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory,
                   new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["schema"] = "0" });
            writer.Commit();
        }
        Assert.Throws<IndexNotFoundException>(() => new ArticleSearcher(_corpus.Index));

        var report = new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        Assert.True(report.RebuiltOutdated);
        using var searcher = new ArticleSearcher(_corpus.Index);
        Assert.Equal(1, searcher.GetStats().Articles);
    }

    [Fact]
    public void A_folder_holding_an_sqlite_index_of_an_older_build_is_rebuilt_from_the_corpus()
    {
        Directory.CreateDirectory(_corpus.Index);
        File.WriteAllText(Path.Combine(_corpus.Index, "search.db"), "SQLite format 3");
        _corpus.Write("a.txt", "A\n\nx");
        Assert.Throws<IndexNotFoundException>(() => new ArticleSearcher(_corpus.Index));

        var report = new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        Assert.True(report.RebuiltOutdated);
        Assert.False(File.Exists(Path.Combine(_corpus.Index, "search.db")));
        using var searcher = new ArticleSearcher(_corpus.Index);
        Assert.Equal(1, searcher.GetStats().Articles);
    }
}
