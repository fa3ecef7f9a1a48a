using System.Net;
using System.Text;
using System.Text.Json;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Api;

/// <summary><c>/api/search.csv</c> and <c>/api/search.json</c> export every match of a search, not one page.</summary>
public sealed class ExportTests(BulletinApp app) : IClassFixture<BulletinApp>
{
    /// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                rows.Add([.. row]); row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }

    private async Task<List<Dictionary<string, string>>> Csv(string query)
    {
        var (response, body) = await app.GetRaw("/api/search.csv" + query);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        }
        var rows = ParseCsv(body.TrimStart('\uFEFF'));
        Assert.Equal(["outlet", "date", "author", "title", "persons", "id", "source"], rows[0]);
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public async Task Csv_export_holds_every_match_with_the_documented_columns()
    {
        var (_, page) = await app.GetJson("/api/search?q=bulletin");
        Assert.True(page.GetProperty("pageCount").GetInt32() > 1);

        var rows = await Csv("?q=bulletin");
        Assert.Equal(app.Docs.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct().Count());
        var byTitle = app.Docs.ToDictionary(d => d.Title);
        Assert.Equal(byTitle.Keys.Order(StringComparer.Ordinal), rows.Select(r => r["title"]).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var doc = byTitle[row["title"]];
            Assert.Equal(doc.Outlet, row["outlet"]);
            Assert.Equal(doc.Date!.Value.ToString("yyyy-MM-dd"), row["date"]);
            Assert.Equal(doc.Author, row["author"]);
            Assert.Equal(doc.File, row["source"]);
            Assert.Equal(doc.Persons.Count > 0, row["persons"].Contains(NewsCorpus.Delgado, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Csv_export_follows_the_filters_and_sort_of_the_search()
    {
        var outlet = BulletinApp.Outlets[1];
        var rows = await Csv($"?q=bulletin&outlet={Uri.EscapeDataString(outlet)}&sort=oldest&page=3");
        var expected = app.Docs.Where(d => d.Outlet == outlet).OrderBy(d => d.Date).Select(d => d.Title).ToList();
        Assert.Equal(expected, rows.Select(r => r["title"]));
    }

    [Fact]
    public async Task Csv_export_ids_open_the_articles()
    {
        var rows = await Csv("?q=" + Uri.EscapeDataString("title:\"special edition\""));
        var row = Assert.Single(rows);
        var (status, json) = await app.GetJson("/api/articles/" + row["id"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bulletin 007, the \"special\" edition", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Json_export_holds_every_match_with_the_documented_fields()
    {
        var (response, body) = await app.GetRaw("/api/search.json?q=bulletin&size=5");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("bulletin", json.GetProperty("query").GetString());
        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(app.Docs.Count, articles.Count);
        Assert.Equal(app.Docs.Count, json.GetProperty("total").GetInt32());
        var byTitle = app.Docs.ToDictionary(d => d.Title);
        Assert.Equal(articles.Count, articles.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        foreach (var article in articles)
        {
            var doc = byTitle[article.GetProperty("title").GetString()!];
            Assert.Equal(doc.Outlet, article.GetProperty("outlet").GetString());
            Assert.Equal(doc.Date!.Value.ToString("yyyy-MM-dd"), article.GetProperty("date").GetString());
            Assert.Equal(doc.Author, article.GetProperty("author").GetString());
            var persons = article.GetProperty("persons").EnumerateArray().Select(p => p.GetString()).ToList();
            Assert.Equal(doc.Persons.Count > 0, persons.Contains(NewsCorpus.Delgado));
        }
    }

    [Fact]
    public async Task Json_export_of_a_search_with_no_match_is_empty_not_an_error()
    {
        var (status, json) = await app.GetJson("/api/search.json?q=zebra");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Empty(json.GetProperty("articles").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/search.csv?q=foo:bar")]
    [InlineData("/api/search.json?q=foo:bar")]
    [InlineData("/api/search.csv?q=bulletin&from=someday")]
    [InlineData("/api/search.json?q=date:2024-02-30")]
    public async Task Exports_of_a_bad_search_answer_400_with_an_error(string url)
    {
        var (status, json) = await app.GetJson(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_results_page_links_to_exports_of_the_same_search()
    {
        var (_, page) = await app.GetPage("/?q=bulletin&outlet=North%20Wire&page=2");
        var links = page.QuerySelectorAll(".export a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/api/search.csv?q=bulletin&outlet=North%20Wire", "/api/search.json?q=bulletin&outlet=North%20Wire"], links);
    }
}
