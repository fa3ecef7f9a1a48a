using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.NewsCorpus;
using static SearchEngine.Web.Tests.Support.WebApp;

namespace SearchEngine.Web.Tests.Search;

/// <summary>
/// Facet counts over the whole result set, checked against counts computed from the test corpus: values of one facet
/// combine with OR, facets with AND, and each facet's counts ignore its own selection (drill-sideways).
/// </summary>
public sealed class FacetTests(NewsApp app) : IClassFixture<NewsApp>
{
    private static Dictionary<string, int> Count(IEnumerable<CorpusDoc> docs, Func<CorpusDoc, IEnumerable<string>> values) =>
        docs.SelectMany(values).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    private static IEnumerable<string> Outlets(CorpusDoc d) => d.Outlet is null ? [] : [d.Outlet];

    private static Dictionary<string, (int Count, bool Selected)> ApiFacet(JsonElement json, string name) =>
        json.GetProperty("facets").GetProperty(name).GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => (v.GetProperty("count").GetInt32(), v.GetProperty("selected").GetBoolean()));

    private static Dictionary<string, (int Count, bool Selected)> PageFacet(IHtmlDocument page, string name) =>
        page.QuerySelectorAll($"#facet-{name} a.facet-value").ToDictionary(
            a => a.GetAttribute("data-value")!,
            a => (int.Parse(a.QuerySelector(".facet-count")!.TextContent), a.ClassList.Contains("selected")));

    /// <summary>The facet's counts for the given values (persons: only those the test wrote; the extractor may find more).</summary>
    private static Dictionary<string, int> Only(Dictionary<string, (int Count, bool Selected)> facet, IEnumerable<string> values) =>
        values.Where(facet.ContainsKey).ToDictionary(v => v, v => facet[v].Count);

    [Fact]
    public async Task Facet_counts_cover_every_match_not_just_the_page()
    {
        var (_, json) = await app.GetJson("/api/search?size=1&facetSize=50");
        Assert.Single(json.GetProperty("hits").EnumerateArray());

        Assert.Equal(Count(app.Docs, Outlets), ApiFacet(json, "outlet").ToDictionary(p => p.Key, p => p.Value.Count));
        Assert.Equal(Count(app.Docs, d => d.Cites), ApiFacet(json, "cites").ToDictionary(p => p.Key, p => p.Value.Count));
        var persons = Count(app.Docs, d => d.Persons);
        Assert.Equal(persons, Only(ApiFacet(json, "person"), persons.Keys));

        var (_, page) = await app.GetPage("/?size=1");
        Assert.Equal(Count(app.Docs, Outlets), PageFacet(page, "outlet").ToDictionary(p => p.Key, p => p.Value.Count));
        Assert.Equal(persons, Only(PageFacet(page, "person"), persons.Keys));
    }

    [Fact]
    public async Task Two_outlets_combine_with_or_and_the_outlet_counts_ignore_the_outlet_selection()
    {
        var chosen = new[] { Harbor, Prairie };
        var matching = app.Docs.Where(d => chosen.Contains(d.Outlet)).ToList();
        var url = $"?size=50&facetSize=50&outlet={Q(Harbor)}&outlet={Q(Prairie)}";

        var (_, json) = await app.GetJson("/api/search" + url);
        Assert.Equal(matching.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(matching.Select(d => d.Title).Order(StringComparer.Ordinal), HitTitles(json));
        var outlets = ApiFacet(json, "outlet");
        Assert.Equal(Count(app.Docs, Outlets), outlets.ToDictionary(p => p.Key, p => p.Value.Count));
        Assert.Equal(chosen.Order(), outlets.Where(p => p.Value.Selected).Select(p => p.Key).Order());
        var persons = Count(matching, d => d.Persons);
        Assert.Equal(persons, Only(ApiFacet(json, "person"), Count(app.Docs, d => d.Persons).Keys));

        var (status, page) = await app.GetPage("/" + url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(matching.Count.ToString(), page.QuerySelector("#total strong")!.TextContent);
        var pageOutlets = PageFacet(page, "outlet");
        Assert.Equal(Count(app.Docs, Outlets), pageOutlets.ToDictionary(p => p.Key, p => p.Value.Count));
        Assert.Equal(chosen.Order(), pageOutlets.Where(p => p.Value.Selected).Select(p => p.Key).Order());
        // Each selection shows as a removable chip, plus one that clears all.
        var chips = page.QuerySelectorAll(".chips a.chip").Select(a => a.GetAttribute("aria-label")).ToList();
        Assert.Contains($"Remove filter Outlet: {Harbor}", chips);
        Assert.Contains($"Remove filter Outlet: {Prairie}", chips);
        Assert.NotNull(page.QuerySelector(".chips a.chip-clear"));
    }

    [Fact]
    public async Task Outlet_and_person_combine_with_and_and_each_facet_counts_without_its_own_selection()
    {
        var chosen = new[] { Harbor, Prairie };
        var url = $"/api/search?size=50&facetSize=50&outlet={Q(Harbor)}&outlet={Q(Prairie)}&person={Q(Delgado)}";
        var (_, json) = await app.GetJson(url);

        var matching = app.Docs.Where(d => chosen.Contains(d.Outlet) && d.Persons.Contains(Delgado)).ToList();
        Assert.NotEmpty(matching);
        Assert.Equal(matching.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(matching.Select(d => d.Title).Order(StringComparer.Ordinal), HitTitles(json));

        // Outlet counts: the person filter applies, the outlet selection does not.
        var withDelgado = app.Docs.Where(d => d.Persons.Contains(Delgado));
        Assert.Equal(Count(withDelgado, Outlets), ApiFacet(json, "outlet").Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => p.Value.Count));
        // Person counts: the outlet filter applies, the person selection does not.
        var inOutlets = app.Docs.Where(d => chosen.Contains(d.Outlet));
        var persons = ApiFacet(json, "person");
        Assert.Equal(Count(inOutlets, d => d.Persons), Only(persons, Count(app.Docs, d => d.Persons).Keys));
        Assert.True(persons[Delgado].Selected);
    }

    [Fact]
    public async Task Removing_a_chip_goes_back_to_the_search_without_that_filter()
    {
        var (_, page) = await app.GetPage($"/?q=harbor&outlet={Q(Harbor)}&person={Q(Delgado)}");
        var chip = page.QuerySelectorAll(".chips a.chip").Single(a => a.GetAttribute("aria-label") == $"Remove filter Outlet: {Harbor}");
        var (_, after) = await app.GetPage(chip.GetAttribute("href")!);

        var expected = app.Titles(d => d.Has("harbor") && d.Persons.Contains(Delgado));
        Assert.Equal(expected, HitTitles(after));
        Assert.Equal(chip.GetAttribute("href"), chip.GetAttribute("hx-get"));
    }

    [Fact]
    public async Task Facet_links_toggle_a_value_and_keep_the_rest_of_the_state()
    {
        var (_, page) = await app.GetPage($"/?q=ferry&sort=oldest&outlet={Q(Harbor)}");
        var summit = page.QuerySelector($"#facet-outlet a.facet-value[data-value='{Summit}']")!.GetAttribute("href")!;
        Assert.Contains("q=ferry", summit, StringComparison.Ordinal);
        Assert.Contains("sort=oldest", summit, StringComparison.Ordinal);
        Assert.Contains($"outlet={Q(Harbor)}", summit, StringComparison.Ordinal);
        Assert.Contains($"outlet={Q(Summit)}", summit, StringComparison.Ordinal);

        var harbor = page.QuerySelector($"#facet-outlet a.facet-value[data-value='{Harbor}']")!.GetAttribute("href")!;
        Assert.DoesNotContain("outlet=", harbor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_filter_narrows_the_hits_and_the_other_facets()
    {
        var (from, to) = (new DateOnly(2025, 3, 1), new DateOnly(2025, 9, 30));
        var matching = app.Docs.Where(d => d.Date >= from && d.Date <= to).ToList();
        var (_, json) = await app.GetJson("/api/search?size=50&facetSize=50&from=2025-03-01&to=2025-09-30");

        Assert.Equal(matching.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(Count(matching, Outlets), ApiFacet(json, "outlet").Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => p.Value.Count));

        var (_, page) = await app.GetPage("/?from=2025-03-01&to=2025-09-30");
        Assert.Contains("2025-03-01 – 2025-09-30", page.QuerySelector(".chips")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-03-01", page.QuerySelector(".date-form input[name=from]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Date_histogram_counts_articles_per_month_and_each_bar_links_to_its_month_shown_by_day()
    {
        var (_, json) = await app.GetJson("/api/search");
        var dates = json.GetProperty("dates");
        Assert.Equal("month", dates.GetProperty("granularity").GetString());
        var expected = app.Docs.GroupBy(d => d.Date!.Value.ToString("yyyy-MM")).ToDictionary(g => g.Key, g => g.Count());
        var buckets = dates.GetProperty("buckets").EnumerateArray()
            .ToDictionary(b => b.GetProperty("label").GetString()!, b => b.GetProperty("count").GetInt32());
        Assert.Equal(expected, buckets.Where(b => b.Value > 0).ToDictionary());
        Assert.Equal(app.Docs.Count, buckets.Values.Sum());

        var (_, page) = await app.GetPage("/");
        var bars = page.QuerySelectorAll("svg.histogram a.bar");
        Assert.Equal(buckets.Count, bars.Length);
        var march = bars.Single(b => b.GetAttribute("data-from") == "2025-03-01");
        Assert.Equal("2025-03-31", march.GetAttribute("data-to"));
        Assert.Contains("from=2025-03-01", march.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("to=2025-03-31", march.GetAttribute("href"), StringComparison.Ordinal);

        var (_, filtered) = await app.GetPage(march.GetAttribute("href")!);
        Assert.Equal(app.Titles(d => d.Date is { Year: 2025, Month: 3 }), HitTitles(filtered));
        // The histogram follows the selection: March by day.
        var days = filtered.QuerySelectorAll("svg.histogram a.bar");
        Assert.Equal(31, days.Length);
        Assert.Equal("2025-03-01", days[0].GetAttribute("data-from"));
        Assert.Equal(app.Docs.Count(d => d.Date is { Year: 2025, Month: 3 }), days.Sum(b => int.Parse(b.GetAttribute("data-count")!)));
    }
}
