using System.Net;
using System.Text.Json;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Api;

/// <summary><c>/api/compare</c> over the sample corpus: seeds 000, 001 and 002 rewrite one report, 003 is another story of the topic.</summary>
public sealed class CompareApiTests(SampleCorpusApp app) : IClassFixture<SampleCorpusApp>
{
    [Fact]
    public async Task Api_compare_of_two_rewrites_gives_the_persons_quote_and_numbers_both_carry()
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var (a, b) = (app.IdOfSeed("000"), app.IdOfSeed("002"));
        var (status, json) = await app.GetJson($"/api/compare?a={a}&b={b}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(a, json.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal(b, json.GetProperty("b").GetProperty("id").GetString());
        var persons = Items(json, "persons").Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Steve Witkoff", persons);
        Assert.Contains("Volodymyr Zelenskyy", persons);
        Assert.True(json.GetProperty("persons").GetProperty("total").GetInt32() >= persons.Count);
        var quote = Assert.Single(Items(json, "quotes"));
        Assert.Equal("borders must not be changed by force", quote.GetProperty("text").GetString());
        Assert.Contains("19", Items(json, "numbers").Select(n => n.GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("daysApart").ValueKind);
        Assert.Equal(0, json.GetProperty("against").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_compare_counts_a_surname_as_the_person_the_other_names_in_full()
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        // 001 writes only "Zelensky"; 000 writes "Volodymyr Zelenskyy".
        var (_, json) = await app.GetJson($"/api/compare?a={app.IdOfSeed("000")}&b={app.IdOfSeed("001")}");

        var zelensky = Items(json, "persons").Single(p => p.GetProperty("name").GetString() == "Volodymyr Zelenskyy");
        Assert.True(zelensky.GetProperty("mentionsB").GetInt32() > 0);
    }

    [Fact]
    public async Task Api_compare_of_another_story_of_the_topic_lists_the_evidence_against()
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var (_, json) = await app.GetJson($"/api/compare?a={app.IdOfSeed("000")}&b={app.IdOfSeed("003")}");

        Assert.Contains(Items(json, "against"), x =>
            x.GetProperty("side").GetString() == "b" && x.GetProperty("kind").GetString() == "person" && x.GetProperty("text").GetString() == "Karoline Leavitt");
    }

    [Theory]
    [InlineData("/api/compare?a=0000000000000000&b={0}", "0000000000000000")]
    [InlineData("/api/compare?a={0}&b=..%2F..%2Fetc%2Fpasswd", "../../etc/passwd")]
    [InlineData("/api/compare?a=%3Cscript%3E&b={0}", "<script>")]
    public async Task Api_compare_answers_404_with_an_error_naming_an_unknown_id(string url, string unknown)
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var (status, json) = await app.GetJson(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, app.IdOfSeed("000")));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal($"no article with id '{unknown}'", json.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("/api/compare")]
    [InlineData("/api/compare?a=5bfde353210e3679")]
    [InlineData("/api/compare?a=&b=")]
    public async Task Api_compare_without_two_ids_is_a_bad_request(string url)
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var (status, json) = await app.GetJson(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("give two article ids", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Items(JsonElement json, string kind) => json.GetProperty(kind).GetProperty("items").EnumerateArray();
}
