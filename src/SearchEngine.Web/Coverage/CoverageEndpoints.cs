using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using SearchEngine.Web.Api;
using SearchEngine.Web.Hosting;

namespace SearchEngine.Web.Coverage;

/// <summary>Duplicates and coverage: the coverage page, the side-by-side comparison, and their JSON.</summary>
public static class CoverageEndpoints
{
    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/coverage", Coverage);
        app.MapGet("/compare/{a}/{b}", Compare);
        app.MapGet("/api/coverage", CoverageJson);
        app.MapGet("/api/articles/{id}/duplicates", DuplicatesJson);
        app.MapGet("/api/compare", CompareJson);
        return app;
    }

    private static DuplicateLevel Level(string? name) =>
        Enum.TryParse<DuplicateLevel>(name, ignoreCase: true, out var level) && level != DuplicateLevel.Passage ? level : DuplicateLevel.Story;

    private static IResult Coverage(string? q, string? level, IndexHolder holder)
    {
        var chosen = Level(level);
        var error = QueryError(q);
        // One more than the page lists, so it can say when the list was cut.
        var clusters = error is null ? holder.Searcher?.GetCoverage(new SearchRequest { Query = q ?? "" }, chosen, CoveragePage.Limit + 1) : [];
        return TypedResults.Content(CoveragePage.Render(q ?? "", chosen, clusters, error, holder.Status), "text/html; charset=utf-8");
    }

    /// <summary>The parser's message for a query that cannot be run, so coverage says why rather than showing nothing.</summary>
    private static string? QueryError(string? q) =>
        SearchEngine.Core.Search.Query.QueryTextParser.Parse(q ?? "") is { Succeeded: false } parsed ? parsed.Error!.Message : null;

    private static IResult CoverageJson(string? q, string? level, IndexHolder holder)
    {
        if (holder.Searcher is null) return TypedResults.Json(new { error = "the index is still being built" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        var chosen = Level(level);
        if (QueryError(q) is { } error) return TypedResults.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);
        var clusters = holder.Searcher.GetCoverage(new SearchRequest { Query = q ?? "" }, chosen);
        return TypedResults.Json(new { level = CoveragePage.Name(chosen), clusters = clusters.Select(SearchJson.Cluster) }, SearchJson.Options);
    }

    private static IResult Compare(string a, string b, IndexHolder holder)
    {
        var first = holder.Searcher?.GetArticle(a);
        var second = holder.Searcher?.GetArticle(b);
        if (first is null || second is null)
            return TypedResults.Content(Articles.ArticlePage.NotFound(first is null ? a : b, holder.Status), "text/html; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Content(ComparePage.Render(first, second, holder.Status), "text/html; charset=utf-8");
    }

    /// <summary><c>GET /api/compare?a={id}&amp;b={id}</c>: the evidence that two articles tell one story, as <see cref="SearchJson.Comparison"/>.</summary>
    private static IResult CompareJson(string? a, string? b, IndexHolder holder)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            return ApiEndpoints.Error("give two article ids: /api/compare?a={id}&b={id}", StatusCodes.Status400BadRequest);
        if (holder.Searcher is not { } searcher) return ApiEndpoints.Unavailable(holder);
        var first = searcher.GetArticle(a);
        var second = searcher.GetArticle(b);
        if (first is null || second is null)
            return ApiEndpoints.Error($"no article with id '{(first is null ? a : b)}'", StatusCodes.Status404NotFound);
        return ApiEndpoints.Json(SearchJson.Comparison(first, second, StoryExplainer.Explain(first, second)));
    }

    private static IResult DuplicatesJson(string id, IndexHolder holder)
    {
        if (holder.Searcher?.GetArticle(id) is null) return TypedResults.NotFound(new { error = $"no article with id '{id}'" });
        return TypedResults.Json(SearchJson.Duplicates(holder.Searcher.GetDuplicates(id)), SearchJson.Options);
    }
}
