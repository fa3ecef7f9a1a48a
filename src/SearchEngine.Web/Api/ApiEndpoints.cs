using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Api;

/// <summary>
/// The JSON API, in the shapes the CLI prints (<see cref="SearchJson"/>), plus exports of every match of a search.
/// Errors are <c>{"error": "..."}</c>: 400 for a bad query or parameter, 404 for an unknown article, 503 while the
/// first index is being built.
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", Search);
        api.MapGet("/search.csv", SearchExport.Csv);
        api.MapGet("/search.json", SearchExport.Json);
        api.MapGet("/articles/{id}", Article);
        api.MapGet("/stats", Stats);
        return app;
    }

    private static IResult Search(HttpContext context, IndexHolder holder, ILoggerFactory loggers)
    {
        var (state, error) = SearchState.Parse(context.Request.Query);
        var (facetSize, facetError) = FacetSize(context);
        if ((error ?? facetError) is { } message) return Error(error is null || facetError is null ? message : $"{error}; {facetError}", StatusCodes.Status400BadRequest);
        if (holder.Searcher is not { } searcher) return Unavailable(holder);
        var (result, searchError) = SearchEndpoints.Run(searcher, state.ToRequest(facetSize), loggers.CreateLogger(typeof(ApiEndpoints)));
        return result is null ? Error(searchError!, StatusCodes.Status400BadRequest) : Json(SearchJson.Result(result));
    }

    private static IResult Article(string id, IndexHolder holder)
    {
        if (holder.Searcher is not { } searcher) return Unavailable(holder);
        var article = searcher.GetArticle(id);
        return article is null ? Error($"no article with id '{id}'", StatusCodes.Status404NotFound) : Json(SearchJson.Article(article));
    }

    private static IResult Stats(IndexHolder holder) =>
        holder.Searcher is { } searcher ? Json(searcher.GetStats()) : Unavailable(holder);

    private const int MaxFacetSize = 10_000;

    /// <summary>How many values each facet lists: 10 unless asked; a value that is not a number from 0 to 10,000 is an error.</summary>
    private static (int Size, string? Error) FacetSize(HttpContext context)
    {
        var text = context.Request.Query["facetSize"].ToString().Trim();
        if (text.Length == 0) return (10, null);
        return int.TryParse(text, out var size) && size is >= 0 and <= MaxFacetSize
            ? (size, null)
            : (10, $"'facetSize' must be a whole number from 0 to {MaxFacetSize:N0}, not '{text}'");
    }

    public static IResult Json(object value, int status = StatusCodes.Status200OK) =>
        new CompactJson(SearchJson.SerializeCompact(value), status);

    /// <summary>UTF-8 JSON bytes written as they are, with a status code.</summary>
    private sealed class CompactJson(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        }
    }

    public static IResult Error(string message, int status) => Json(new { error = message }, status);

    public static IResult Unavailable(IndexHolder holder)
    {
        var status = holder.Status;
        var message = status.Phase == IndexPhase.Failed ? status.Message ?? "there is no index" : "the index is being built; try again shortly";
        return Json(new { error = message, done = status.Done, total = status.Total }, StatusCodes.Status503ServiceUnavailable);
    }
}
