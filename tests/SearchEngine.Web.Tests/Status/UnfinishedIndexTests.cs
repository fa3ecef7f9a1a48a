using System.Net;
using SearchEngine.Core.Index;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Status;

/// <summary>An index another run left unfinished, over a folder that is not the app's corpus: served, with a warning.</summary>
public sealed class UnfinishedIndexApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => NewsCorpus.Docs();

    protected override TempIndex CreateIndex() => TempIndex.StoppedRunOverAnotherFolder(Docs);
}

public sealed class UnfinishedIndexTests(UnfinishedIndexApp app) : IClassFixture<UnfinishedIndexApp>
{
    [Fact]
    public async Task The_app_serves_it_without_finishing_it_from_its_own_corpus_and_says_how_to_finish_it()
    {
        var (status, json) = await app.GetJson("/api/status");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", json.GetProperty("phase").GetString());
        var message = json.GetProperty("message").GetString()!;
        Assert.Contains("left unfinished", message, StringComparison.Ordinal);
        Assert.Contains("searchengine index", message, StringComparison.Ordinal);

        var (_, page) = await app.GetPage("/?q=harbor");
        Assert.Contains("left unfinished", page.QuerySelector("#status.banner-warning")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".hit"));
        // Finishing it from the app's (empty) corpus folder would have removed every article.
        Assert.Equal(app.Docs.Count, (await app.GetJson("/api/stats")).Json.GetProperty("articles").GetInt32());
    }
}
