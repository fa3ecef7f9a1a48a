using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// The web app over a temp corpus: the index is built before the app starts, and the app is pointed at it through
/// <c>SearchEngine:IndexPath</c> and <c>SearchEngine:CorpusPath</c>. Subclasses say which documents the corpus holds.
/// </summary>
public abstract class WebApp : IAsyncLifetime
{
    private TempIndex? _index;

    protected abstract IReadOnlyList<CorpusDoc> CreateDocs();

    /// <summary>The index the app serves; by default the documents of <see cref="CreateDocs"/> in a temp corpus.</summary>
    protected virtual TempIndex CreateIndex() => new(Docs);

    /// <summary>When true the app listens on a real loopback port (for a browser) instead of the in-memory test server.</summary>
    protected virtual bool RealServer => false;

    /// <summary>Why the app was not started (a missing corpus, say); tests skip with it.</summary>
    public string? SkipReason { get; protected set; }

    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => Client.BaseAddress!;

    public IReadOnlyList<CorpusDoc> Docs { get; private set; } = [];
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public virtual ValueTask InitializeAsync()
    {
        Docs = CreateDocs();
        if (SkipReason is not null) return ValueTask.CompletedTask;
        var index = _index = CreateIndex();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SearchEngine:IndexPath", index.Index);
            builder.UseSetting("SearchEngine:CorpusPath", index.Corpus);
            Configure(builder);
        });
        if (RealServer)
        {
            Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            Factory.StartServer();
            var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address + "/") };
            return ValueTask.CompletedTask;
        }
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

    /// <summary>The titles of the documents matching a predicate, sorted, for comparing with the titles the app returns.</summary>
    public IReadOnlyList<string> Titles(Func<CorpusDoc, bool> predicate) =>
        Docs.Where(predicate).Select(d => d.Title).Order(StringComparer.Ordinal).ToList();

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

    /// <summary>The id the index gave to a document of the corpus, found by its title.</summary>
    public async Task<string> IdOf(string file)
    {
        var doc = Doc(file);
        var (_, json) = await GetJson("/api/search?size=200");
        return json.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("title").GetString() == doc.Title).GetProperty("id").GetString()!;
    }

    public static string Q(string query) => Uri.EscapeDataString(query);
}
