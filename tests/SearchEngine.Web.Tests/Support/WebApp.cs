using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// The web app over a temp corpus: the index is built before the app starts, and the app is pointed at it through
/// <c>SearchEngine:IndexPath</c> and <c>SearchEngine:CorpusPath</c>. Subclasses say which documents the corpus holds.
/// </summary>
public abstract class WebApp : IAsyncLifetime
{
    private TempIndex? _index;

    protected abstract IReadOnlyList<CorpusDoc> CreateDocs();

    public IReadOnlyList<CorpusDoc> Docs { get; private set; } = [];
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public virtual ValueTask InitializeAsync()
    {
        Docs = CreateDocs();
        _index = new TempIndex(Docs);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SearchEngine:IndexPath", _index.Index);
            builder.UseSetting("SearchEngine:CorpusPath", _index.Corpus);
            Configure(builder);
        });
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
        _index?.Dispose();
        GC.SuppressFinalize(this);
    }

    public CorpusDoc Doc(string file) => Docs.Single(d => d.File == file);

    public async Task<(HttpStatusCode Status, IHtmlDocument Html)> GetPage(string url, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx) request.Headers.Add("HX-Request", "true");
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, new HtmlParser().ParseDocument(text));
    }

    public async Task<(HttpResponseMessage Response, string Body)> GetRaw(string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The titles of the hits on a results page, sorted.</summary>
    public static IReadOnlyList<string> HitTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".hit-title a").Select(a => a.TextContent).Order(StringComparer.Ordinal).ToList();

    /// <summary>The titles of the hits of an API answer, sorted.</summary>
    public static IReadOnlyList<string> HitTitles(System.Text.Json.JsonElement json) =>
        json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).Order(StringComparer.Ordinal).ToList();

    public async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Json)> GetJson(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Q(string query) => Uri.EscapeDataString(query);
}
