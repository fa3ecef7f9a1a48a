using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;

namespace SearchEngine.Web.Search;

public static partial class SearchEndpoints
{
    /// <summary>
    /// <c>GET /</c> (also <c>/search</c>): the full page for a browser, only the results and facets for htmx
    /// (<c>HX-Request</c>), with <c>Vary: HX-Request</c> so caches keep the two apart.
    /// </summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Page);
        app.MapGet("/search", Page);
        return app;
    }

    private static IResult Page(HttpContext context, IndexHolder holder, ILoggerFactory loggers)
    {
        var (state, error) = SearchState.Parse(context.Request.Query);
        SearchResult? result = null;
        if (error is null && holder.Searcher is { } searcher)
        {
            (result, error) = Run(searcher, state.ToRequest(SearchPage.FacetSize), loggers.CreateLogger(typeof(SearchEndpoints)));
        }

        context.Response.Headers.Vary = "HX-Request";
        var view = new SearchPage.View(state, result, error, holder.Status);
        var html = IsFragmentRequest(context.Request) ? SearchPage.Fragment(view) : SearchPage.Full(view);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>htmx asks for a fragment, except when restoring history it has no copy of: then it needs the whole page.</summary>
    public static bool IsFragmentRequest(HttpRequest request) =>
        request.Headers.ContainsKey("HX-Request") && !request.Headers.ContainsKey("HX-History-Restore-Request");

    /// <summary>Runs a search; a parse error or any failure becomes a message, never an exception that would make a 500.</summary>
    public static (SearchResult? Result, string? Error) Run(Core.Index.ArticleSearcher searcher, SearchRequest request, ILogger logger)
    {
        try
        {
            var result = searcher.Search(request);
            return (result.Error is null ? result : null, result.Error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSearchFailed(logger, ex, request.Query);
            return (null, "The search failed unexpectedly; try a simpler query.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search failed for query {Query}")]
    private static partial void LogSearchFailed(ILogger logger, Exception exception, string query);
}
