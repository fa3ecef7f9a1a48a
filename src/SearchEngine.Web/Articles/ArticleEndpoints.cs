using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;

namespace SearchEngine.Web.Articles;

public static class ArticleEndpoints
{
    /// <summary><c>GET /articles/{id}</c>: the article page, or a 404 page for an id the index does not hold.</summary>
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{id}", Page);
        return app;
    }

    private static IResult Page(string id, IndexHolder holder)
    {
        // GetArticle refuses anything not shaped like an id, so a path can never reach the file system.
        var article = holder.Searcher?.GetArticle(id);
        if (article is null)
            return TypedResults.Content(ArticlePage.NotFound(id, holder.Status), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        var siblings = article.Ordinal > 0 ? holder.Searcher!.GetArticlesFromFile(article.SourcePath) : [];
        var searcher = holder.Searcher!;
        var duplicates = searcher.GetDuplicates(article.Id);
        var evidence = Coverage.RelatedEvidence.For(article, duplicates, searcher.GetArticle);
        return TypedResults.Content(ArticlePage.Render(article, siblings, duplicates, holder.Status, evidence), "text/html; charset=utf-8");
    }
}
