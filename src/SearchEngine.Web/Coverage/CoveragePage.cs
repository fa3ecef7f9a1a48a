using System.Globalization;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Coverage;

/// <summary>The clusters a search touches, largest and most widely covered first, with outlets and first publication.</summary>
public static class CoveragePage
{
    public static string Render(string query, DuplicateLevel level, IReadOnlyList<CoverageCluster> clusters, string? error, IndexStatus status)
    {
        var html = new HtmlBuilder();
        html.Add($"""<section class="coverage" aria-labelledby="coverage-h"><h1 id="coverage-h">Coverage{(query.Length > 0 ? ": " : "")}{query}</h1>""");
        html.Add($"""<form class="coverage-form" action="/coverage" method="get"><label for="cq">Search</label> <input id="cq" name="q" value="{query}"> <label for="cl">Level</label> <select id="cl" name="level">""");
        foreach (var option in new[] { DuplicateLevel.Story, DuplicateLevel.Near, DuplicateLevel.Exact })
            html.Add($"""<option value="{Name(option)}"{(option == level ? " selected" : "")}>{Describe(option)}</option>""");
        html.Add($"""</select> <button type="submit">Show</button></form>""");
        if (error is not null)
            html.Add($"""<div class="query-error" role="alert"><strong>This search could not be run.</strong> {error}</div>""");
        html.Add($"""<p class="muted">{clusters.Count.ToString(CultureInfo.InvariantCulture)} cluster{(clusters.Count == 1 ? "" : "s")} of {Describe(level).ToLowerInvariant()}.</p>""");
        foreach (var cluster in clusters)
        {
            html.Add($"""<article class="cluster"><h2>{DuplicatesSection.Link(cluster.Origin)}</h2>""");
            html.Add($"""<p class="muted small">{cluster.Members.Count} articles · {cluster.Outlets.Count} outlets{(cluster.Outlets.Count > 0 ? ": " + string.Join(", ", cluster.Outlets) : "")} · first published {cluster.FirstPublished?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated"} · {cluster.Matched} match the search</p><ol class="related-list">""");
            foreach (var member in cluster.Members)
                html.Add($"""<li>{DuplicatesSection.Link(member.Article)} <span class="muted small">{DuplicatesSection.Outlet(member.Article)} · {DuplicatesSection.Percent(member.Similarity)} like the first</span></li>""");
            html.Add($"""</ol></article>""");
        }
        html.Add($"""</section>""");
        return Layout.Page("Coverage — SearchEngine", Layout.SearchForm(query, Markup.Empty, live: false), status, html.ToMarkup()).Value;
    }

    public static string Name(DuplicateLevel level) => level.ToString().ToLowerInvariant();

    private static string Describe(DuplicateLevel level) => level switch
    {
        DuplicateLevel.Exact => "Exact copies",
        DuplicateLevel.Near => "Near-duplicates",
        _ => "Same story",
    };
}
