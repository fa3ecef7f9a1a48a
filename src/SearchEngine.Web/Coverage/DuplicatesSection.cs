using System.Globalization;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Coverage;

/// <summary>The article page's account of its copies: exact copies, near-duplicates and same-story articles with their similarity (near and same-story ones with a one-line reason), and copied passages, each with a link to the side-by-side comparison.</summary>
public static class DuplicatesSection
{
    private static readonly (DuplicateLevel Level, string Heading)[] Levels =
    [
        (DuplicateLevel.Exact, "Exact copies"),
        (DuplicateLevel.Near, "Near-duplicates"),
        (DuplicateLevel.Story, "Same story"),
    ];

    /// <param name="articleId">The article whose page this is.</param>
    /// <param name="duplicates">Its related articles, clusters and passages.</param>
    /// <param name="evidence">Why some related articles match, by id (<see cref="RelatedEvidence"/>); those get a one-line reason.</param>
    public static Markup Render(string articleId, ArticleDuplicates duplicates, IReadOnlyDictionary<string, StoryEvidence>? evidence = null)
    {
        var html = new HtmlBuilder();
        html.Add($"""<section class="side-section duplicates" aria-labelledby="dup-h"><h2 id="dup-h">Copies and coverage</h2>""");
        if (duplicates.Related.Count == 0 && duplicates.Passages.Count == 0)
        {
            html.Add($"""<p class="muted small">No copies, rewrites or shared passages found.</p></section>""");
            return html.ToMarkup();
        }

        foreach (var (level, heading) in Levels)
        {
            var related = duplicates.Related.Where(r => r.Level == level).OrderByDescending(r => r.Similarity).ToList();
            if (related.Count == 0) continue;
            html.Add($"""<h3>{heading} <span class="muted small">{related.Count.ToString(CultureInfo.InvariantCulture)}</span></h3><ul class="related-list">""");
            foreach (var r in related)
                html.Add(evidence is not null && evidence.TryGetValue(r.Article.Id, out var why)
                    ? Html.Of($"""<li>{Link(r.Article)} <span class="muted small">{Outlet(r.Article)} · {Percent(r.Similarity)}</span> <a class="reason small" href="/compare/{articleId}/{r.Article.Id}" title="Compare the two and see why they match">{EvidenceSummary.OneLine(why)}</a></li>""")
                    : Html.Of($"""<li>{Link(r.Article)} <span class="muted small">{Outlet(r.Article)} · {Percent(r.Similarity)} · <a href="/compare/{articleId}/{r.Article.Id}">compare</a></span></li>"""));
            html.Add($"""</ul>""");
            if (duplicates.Clusters.TryGetValue(level, out var cluster) && cluster.Members.Count > 1)
                html.Add($"""<p class="muted small">First published: {Link(cluster.Origin)}{(cluster.Origin.Id == articleId ? " (this article)" : "")}</p>""");
        }

        if (duplicates.Passages.Count > 0)
        {
            html.Add($"""<h3>Copied passages <span class="muted small">{duplicates.Passages.Count.ToString(CultureInfo.InvariantCulture)}</span></h3><ul class="related-list">""");
            foreach (var passage in duplicates.Passages)
                html.Add($"""<li>{passage.Words.ToString(CultureInfo.InvariantCulture)} words shared with {Link(passage.Other)} <span class="muted small">{Outlet(passage.Other)} · <a href="/compare/{articleId}/{passage.Other.Id}">compare</a></span></li>""");
            html.Add($"""</ul>""");
        }

        html.Add($"""</section>""");
        return html.ToMarkup();
    }

    internal static Markup Link(ArticleSummary article) => Html.Of($"""<a href="/articles/{article.Id}">{article.Title}</a>""");

    internal static string Outlet(ArticleSummary article) =>
        string.Join(" · ", new[] { article.Outlet ?? "unknown outlet", article.Date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) }.OfType<string>());

    internal static string Percent(double similarity) => similarity.ToString("P0", CultureInfo.InvariantCulture);
}
