using System.Net;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Coverage;

/// <summary>The coverage page and the side-by-side comparison of two articles that share a long passage.</summary>
public sealed class CoverageTests(NewsApp app) : IClassFixture<NewsApp>
{
    [Fact]
    public async Task Compare_highlights_the_shared_passage_in_both_columns()
    {
        var (a, b) = (await app.IdOf("d8.txt"), await app.IdOf("d9.txt"));
        var (status, page) = await app.GetPage($"/compare/{a}/{b}");

        Assert.Equal(HttpStatusCode.OK, status);
        var columns = page.QuerySelectorAll(".compare-column");
        Assert.Equal(2, columns.Length);
        Assert.Equal([app.Doc("d8.txt").Title, app.Doc("d9.txt").Title], columns.Select(c => c.QuerySelector("h2")!.TextContent));
        foreach (var column in columns)
        {
            var shared = string.Join(" ", column.QuerySelectorAll("mark.shared").Select(m => m.TextContent));
            Assert.Contains("northern ferry line will be suspended for six weeks", shared, StringComparison.Ordinal);
            // What the two do not share stays unmarked.
            Assert.DoesNotContain("timetables", shared, StringComparison.Ordinal);
            Assert.DoesNotContain("longer trip", shared, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Compare_of_unrelated_articles_marks_nothing()
    {
        var (status, page) = await app.GetPage($"/compare/{await app.IdOf("d3.txt")}/{await app.IdOf("d5.txt")}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, page.QuerySelectorAll(".compare-column").Length);
        Assert.Empty(page.QuerySelectorAll("mark.shared"));
    }

    [Fact]
    public async Task Compare_shows_markup_in_the_text_as_text()
    {
        var (_, page) = await app.GetPage($"/compare/{await app.IdOf("d7.txt")}/{await app.IdOf("d8.txt")}");
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".compare-column")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/0000000000000000/0000000000000001")]
    [InlineData("/compare/..%2F..%2Fetc%2Fpasswd/x")]
    public async Task Compare_with_an_unknown_article_is_not_found(string url)
    {
        var (response, _) = await app.GetRaw(url);
        using (response)
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Coverage_page_lists_clusters_of_the_same_story()
    {
        var (status, page) = await app.GetPage("/coverage?q=ferry");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("h1#coverage-h"));
        Assert.Equal("ferry", page.QuerySelector("header form.search-form[action='/coverage'] input#q")!.GetAttribute("value"));
        var linked = page.QuerySelectorAll(".cluster a").Select(a => a.TextContent).ToList();
        Assert.Contains(app.Doc("d8.txt").Title, linked);
        Assert.Contains(app.Doc("d9.txt").Title, linked);
    }

    [Fact]
    public async Task Coverage_page_words_read_right_and_the_origin_has_no_likeness_to_itself()
    {
        var (_, page) = await app.GetPage("/coverage?q=ferry");
        var cluster = Assert.Single(page.QuerySelectorAll("li.cluster"));
        Assert.Equal("2 articles · 2 outlets: Harbor Ledger, Summit Times · first published 1 Sep 2025 · both match the search",
            cluster.QuerySelector(".hit-meta")!.TextContent);
        var members = cluster.QuerySelectorAll("ol.members > li .muted").Select(m => m.TextContent).ToList();
        Assert.Equal(2, members.Count);
        Assert.Equal("Harbor Ledger · 1 Sep 2025 · origin", members[0]);
        Assert.Matches(@"^Summit Times · 2 Sep 2025 · \d{1,3}% like the origin$", members[1]);
        Assert.Equal("1 story", page.QuerySelector(".coverage .total")!.TextContent);
    }

    [Fact]
    public async Task Coverage_page_has_the_search_page_controls_and_no_native_ones()
    {
        var (_, page) = await app.GetPage("/coverage?q=ferry&level=near");
        Assert.Empty(page.QuerySelectorAll("main select, main input, main button"));
        Assert.Equal("near", page.QuerySelector("header form.search-form input[type=hidden][name=level]")!.GetAttribute("value"));
        Assert.Equal("near-duplicates", page.QuerySelector("nav.grouping .group-option.current")!.TextContent);
        Assert.Equal(["/coverage?q=ferry&level=story", "/coverage?q=ferry&level=exact"],
            page.QuerySelectorAll("nav.grouping a.group-option").Select(a => a.GetAttribute("href")));
        Assert.Equal("/?q=ferry", page.QuerySelector("main a.back-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Coverage_page_encodes_the_query()
    {
        var (status, page) = await app.GetPage("/coverage?q=" + Uri.EscapeDataString("<script>alert(8)</script>"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.NotNull(s.GetAttribute("src")));
        Assert.Contains("<script>alert(8)</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grouping_by_story_shows_one_row_with_the_rest_of_the_cluster_expandable_in_place()
    {
        var (_, flat) = await app.GetPage("/?q=ferry");
        var (_, grouped) = await app.GetPage("/?q=ferry&group=story");

        Assert.Equal(2, flat.QuerySelectorAll("li.hit").Length);
        Assert.Equal("2", grouped.QuerySelector("#total strong")!.TextContent);
        Assert.Equal("1", grouped.QuerySelector("#stories strong")!.TextContent);
        var row = Assert.Single(grouped.QuerySelectorAll("li.hit"));
        var more = row.QuerySelector("details.more")!;
        Assert.StartsWith("+1 more", more.QuerySelector("summary")!.TextContent.Trim(), StringComparison.Ordinal);
        var shown = row.QuerySelector(".hit-title")!.TextContent;
        var hidden = more.QuerySelector("a")!.TextContent;
        Assert.Equal([app.Doc("d8.txt").Title, app.Doc("d9.txt").Title], new[] { shown, hidden }.Order());
    }

    [Fact]
    public async Task The_article_page_lists_the_same_story_article_with_a_compare_link()
    {
        var (a, b) = (await app.IdOf("d8.txt"), await app.IdOf("d9.txt"));
        var (_, page) = await app.GetPage($"/articles/{a}");
        var section = page.QuerySelector("section.duplicates")!;
        Assert.Contains(section.QuerySelectorAll("a"), link => link.GetAttribute("href") == $"/articles/{b}");
        Assert.Contains(section.QuerySelectorAll("a"), link => link.GetAttribute("href") == $"/compare/{a}/{b}");
    }

    [Fact]
    public async Task Compare_with_an_unknown_article_shows_the_not_found_page()
    {
        var (status, page) = await app.GetPage($"/compare/{await app.IdOf("d8.txt")}/0000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("0000000000000000", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_of_a_query_that_cannot_be_parsed_says_why()
    {
        var (status, page) = await app.GetPage("/coverage?q=" + Uri.EscapeDataString("nosuchfield:ferry"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("nosuchfield", page.QuerySelector(".query-error")!.TextContent, StringComparison.Ordinal);
        var (response, _) = await app.GetRaw("/api/coverage?q=" + Uri.EscapeDataString("nosuchfield:ferry"));
        using (response) Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Coverage_and_duplicates_json_give_each_member_its_source_file()
    {
        var (_, coverage) = await app.GetJson("/api/coverage?level=story&q=ferry");
        var members = coverage.GetProperty("clusters").EnumerateArray().SelectMany(c => c.GetProperty("members").EnumerateArray()).ToList();
        Assert.NotEmpty(members);
        foreach (var member in members)
            Assert.Equal(member.GetProperty("id").GetString(), await app.IdOf(member.GetProperty("sourcePath").GetString()!));

        var (a, b) = (await app.IdOf("d8.txt"), await app.IdOf("d9.txt"));
        var (_, duplicates) = await app.GetJson($"/api/articles/{a}/duplicates");
        var related = duplicates.GetProperty("related").EnumerateArray().Single(r => r.GetProperty("id").GetString() == b);
        Assert.Equal("d9.txt", related.GetProperty("sourcePath").GetString());
    }
}
