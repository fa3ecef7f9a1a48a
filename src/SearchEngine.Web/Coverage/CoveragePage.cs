using System.Globalization;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Coverage;

/// <summary>
/// The clusters a search touches, largest and most widely covered first: for each its articles, outlets and first
/// publication, and for each member how like the origin (the earliest dated member) it is. It looks like the search
/// page: the same header, whose form searches coverage here, and the same pill controls for the level.
/// </summary>
public static class CoveragePage
{
    /// <summary>At most this many clusters are listed.</summary>
    public const int Limit = 100;

    private static readonly DuplicateLevel[] Levels = [DuplicateLevel.Story, DuplicateLevel.Near, DuplicateLevel.Exact];

    /// <param name="clusters">Up to <see cref="Limit"/> + 1 clusters (one more says the list was cut); null while there is no index.</param>
    public static string Render(string query, DuplicateLevel level, IReadOnlyList<CoverageCluster>? clusters, string? error, IndexStatus status)
    {
        var hasQuery = query.Trim().Length > 0;
        var html = new HtmlBuilder();
        html.Add($"""<section class="coverage" aria-labelledby="coverage-h">""");
        html.Add($"""<p class="back"><a href="{new SearchState { Query = query }.Url()}" class="back-link">← Search results</a></p>""");
        html.Add($"""<h1 id="coverage-h">Coverage{(hasQuery ? Html.Of($" of <q>{Words.Shorten(query)}</q>") : Markup.Empty)}</h1>""");
        html.Add($"""<div class="toolbar"><div class="toolbar-row">""");
        if (clusters is not null && error is null) html.Add($"""<p class="total">{CountLine(level, clusters.Count)}</p>""");
        html.Add($"""</div><div class="toolbar-row"><nav class="grouping" aria-label="Level"><span class="muted">Level:</span>""");
        foreach (var option in Levels)
        {
            if (option == level) html.Add($"""<span class="group-option current" aria-current="true">{Describe(option)}</span>""");
            else html.Add($"""<a class="group-option" href="{Url(query, option)}">{Describe(option)}</a>""");
        }
        html.Add($"""</nav></div></div>""");

        if (error is not null)
            html.Add($"""<div class="query-error" role="alert"><strong>This search could not be run.</strong> {error}</div>""");
        else if (clusters is null)
            html.Add($"""<div class="notice">{(status.Phase == IndexPhase.Failed ? "There is no index to search." : "The index is being built; coverage appears here when it is ready.")}</div>""");
        else if (clusters.Count == 0)
            html.Add($"""<div class="notice">No {Noun(level).Many} among the articles that match. Try another level, or fewer words.</div>""");
        else
        {
            html.Add($"""<ol class="cluster-list">""");
            foreach (var cluster in clusters.Take(Limit)) html.Add(Cluster(cluster, hasQuery));
            html.Add($"""</ol>""");
        }
        html.Add($"""</section>""");

        var hidden = level == DuplicateLevel.Story ? Markup.Empty : Html.Of($"""<input type="hidden" name="level" value="{Name(level)}">""");
        var form = Layout.SearchForm(query, hidden, live: false, action: "/coverage");
        var title = hasQuery ? $"Coverage of {Words.Shorten(query, 60)} — SearchEngine" : "Coverage — SearchEngine";
        return Layout.Page(title, form, status, html.ToMarkup()).Value;
    }

    public static string Name(DuplicateLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>"100 stories, largest and most widely covered first"; when the list was cut, says so.</summary>
    private static Markup CountLine(DuplicateLevel level, int count)
    {
        var noun = Noun(level);
        if (count > Limit)
            return Html.Of($"""The <strong>{Limit}</strong> largest {noun.Many}, most widely covered first""");
        var counted = Html.Of($"""<strong>{count.ToString("N0", CultureInfo.InvariantCulture)}</strong> {(count == 1 ? noun.One : noun.Many)}""");
        return count > 1 ? Html.Join([counted, Html.Of($"""largest and most widely covered first""")]) : counted;
    }

    private static Markup Cluster(CoverageCluster cluster, bool hasQuery)
    {
        var html = new HtmlBuilder();
        html.Add($"""<li class="cluster"><h2 class="hit-title">{DuplicatesSection.Link(cluster.Origin)}</h2>""");
        html.Add($"""<p class="hit-meta">{Html.Join(Summary(cluster, hasQuery).Select(part => Html.Of($"{part}")))}</p>""");
        html.Add($"""<ol class="members">""");
        for (var i = 0; i < cluster.Members.Count; i++)
        {
            var member = cluster.Members[i];
            html.Add($"""<li>{DuplicatesSection.Link(member.Article)} <span class="muted small">{Html.Join(MemberNotes(member, isOrigin: i == 0))}</span></li>""");
        }
        html.Add($"""</ol></li>""");
        return html.ToMarkup();
    }

    /// <summary>"3 articles", "2 outlets: AP, Reuters", "first published 4 Mar 2025", "2 of 3 match the search": the parts that are known.</summary>
    public static IReadOnlyList<string> Summary(CoverageCluster cluster, bool hasQuery)
    {
        var members = cluster.Members.Count;
        var parts = new List<string> { Words.Count(members, "article") };
        if (cluster.Outlets.Count > 0) parts.Add($"{Words.Count(cluster.Outlets.Count, "outlet")}: {string.Join(", ", cluster.Outlets)}");
        if (cluster.FirstPublished is { } first) parts.Add($"first published {Date(first)}");
        if (hasQuery)
            parts.Add(cluster.Matched >= members
                ? members == 2 ? "both match the search" : "all match the search"
                : $"{cluster.Matched.ToString("N0", CultureInfo.InvariantCulture)} of {members.ToString("N0", CultureInfo.InvariantCulture)} match{(cluster.Matched == 1 ? "es" : "")} the search");
        return parts;
    }

    /// <summary>The member's outlet and date, then "origin" for the first member and its likeness to it for the others.</summary>
    public static IReadOnlyList<Markup> MemberNotes(RelatedArticle member, bool isOrigin)
    {
        var notes = new List<Markup> { Html.Of($"{member.Article.Outlet ?? "unknown outlet"}") };
        if (member.Article.Date is { } date) notes.Add(Html.Of($"{Date(date)}"));
        notes.Add(isOrigin
            ? Html.Of($"""<span class="origin">origin</span>""")
            // A story cluster holds articles linked through other members; those have no likeness of their own to the origin.
            : member.Similarity >= 0.005
                ? Html.Of($"{Math.Round(member.Similarity * 100, MidpointRounding.AwayFromZero):0}% like the origin")
                : Html.Of($"linked through other articles"));
        return notes;
    }

    private static string Url(string query, DuplicateLevel level) =>
        "/coverage?" + (query.Length > 0 ? "q=" + Uri.EscapeDataString(query) + "&" : "") + "level=" + Name(level);

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Describe(DuplicateLevel level) => level switch
    {
        DuplicateLevel.Exact => "exact copies",
        DuplicateLevel.Near => "near-duplicates",
        _ => "same story",
    };

    private static (string One, string Many) Noun(DuplicateLevel level) => level switch
    {
        DuplicateLevel.Exact => ("group of exact copies", "groups of exact copies"),
        DuplicateLevel.Near => ("group of near-duplicates", "groups of near-duplicates"),
        _ => ("story", "stories"),
    };
}
