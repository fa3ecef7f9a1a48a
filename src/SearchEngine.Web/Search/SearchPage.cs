using SearchEngine.Core.Duplicates;
using System.Globalization;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Search;

/// <summary>
/// The search page. <see cref="Full"/> is the whole document; <see cref="Fragment"/> is what htmx swaps into
/// <c>#results</c> (facets, histogram, hits, pager) plus the form's hidden state, swapped out of band.
/// </summary>
public static class SearchPage
{
    public const int FacetSize = 100;

    /// <summary>The id of the checkbox that opens the filters on a narrow screen; the "Filters" label is for it.</summary>
    public const string FiltersSwitch = "filters-open";

    /// <summary>What a search produced for the page: a result, or an error message, or nothing while the index builds.</summary>
    public sealed record View(SearchState State, SearchResult? Result, string? Error, IndexStatus Status);

    public static string Full(View view)
    {
        var form = Layout.SearchForm(view.State.Query, FormState(view.State, outOfBand: false), live: true);
        // The switch that shows the filters on a narrow screen stays outside #results, so a swap never resets it; the
        // labels that work it are inside and are drawn again with each result.
        var main = Html.Of($"""
            <input type="checkbox" id="{FiltersSwitch}" class="filters-switch" aria-labelledby="filters-button" aria-controls="filters">
            <div id="results" class="results" hx-target="#results" hx-swap="innerHTML" hx-push-url="true" hx-indicator="#busy" aria-live="polite">
            {Results(view)}
            </div>
            """);
        return Layout.Page(Title(view.State), form, view.Status, main).Value;
    }

    public static string Fragment(View view) => Html.Of($"""
        <title>{Title(view.State)}</title>
        {Results(view)}
        {FormState(view.State, outOfBand: true)}
        """).Value;

    private static string Title(SearchState state) =>
        state.Query.Trim().Length == 0 ? "SearchEngine — news coverage" : $"{Words.Shorten(state.Query, 60)} — SearchEngine";

    /// <summary>The filters and sort travel with the form as hidden inputs, so typing a new query keeps them.</summary>
    private static Markup FormState(SearchState state, bool outOfBand) => Html.Of($"""
        <div id="form-state"{(outOfBand ? Html.Of($" hx-swap-oob=\"true\"") : Markup.Empty)}>{HiddenInputs(state with { Page = 1 }, includeQuery: false)}</div>
        """);

    public static Markup HiddenInputs(SearchState state, bool includeQuery)
    {
        var html = new HtmlBuilder();
        foreach (var (key, value) in state.Parameters())
            if (key != "q" || includeQuery)
                html.Add($"""<input type="hidden" name="{key}" value="{value}">""");
        return html.ToMarkup();
    }

    private static Markup Results(View view)
    {
        var (state, result, error, status) = (view.State, view.Result, view.Error, view.Status);
        var html = new HtmlBuilder();
        var filters = result is not null && result.Error is null;
        html.Add($"""<div class="results-layout">""");
        if (filters) html.Add(FiltersButton(state));
        html.Add($"""<aside class="sidebar" id="filters" aria-label="Filters">""");
        if (filters)
        {
            html.Add(DateHistogramSvg.Render(state, result!.Dates));
            html.Add(FacetPanel.Render(state, result.FacetNamed(FacetNames.Outlet), "Outlet", "outlets"));
            html.Add(FacetPanel.Render(state, result.FacetNamed(FacetNames.Person), "Person", "persons"));
            html.Add(FacetPanel.Render(state, result.FacetNamed(FacetNames.Cites), "Cited outlet", "cited outlets"));
            html.Add($"""<label for="{FiltersSwitch}" class="filters-done">Show {Words.Count(result.Total, "article")}</label>""");
        }
        html.Add($"""</aside>""");
        html.Add($"""<section class="hits" aria-label="Results">""");
        html.Add(Chips(state));
        if (error is not null)
            html.Add($"""<div class="query-error" role="alert"><strong>This search could not be run.</strong> {error}</div>""");
        else if (result is null)
            html.Add($"""<div class="notice">{(status.Phase == IndexPhase.Failed ? "There is no index to search." : "The index is being built; results appear here when it is ready.")}</div>""");
        else
        {
            html.Add(Toolbar(state, result));
            // What the forgiving parser repaired ("closed the quote") is said, so the results are not a surprise.
            foreach (var warning in result.Warnings)
                html.Add($"""<div class="notice query-warning" role="status">{warning}</div>""");
            if (result.Hits.Count == 0)
                html.Add($"""<div class="notice">{(result.Total == 0 ? "No articles match. Try fewer words, or remove a filter." : "No more results: this page is past the last one.")}</div>""");
            else
            {
                html.Add($"""<ol class="hit-list" start="{(result.Request.Page - 1) * result.Request.PageSize + 1}">""");
                foreach (var hit in result.Hits) html.Add(Hit(hit));
                html.Add($"""</ol>""");
            }
            html.Add(Pager(state, result));
        }
        html.Add($"""</section></div>""");
        return html.ToMarkup();
    }

    /// <summary>
    /// On a narrow screen the filters would come after every result; this control at the top opens them there instead,
    /// and says how many are in use. Hidden on a wide screen, where the sidebar is always open. Without JavaScript it
    /// works all the same: it is the label of a checkbox.
    /// </summary>
    private static Markup FiltersButton(SearchState state)
    {
        var count = state.FilterCount;
        var badge = count == 0
            ? Markup.Empty
            : Html.Of($"""<span class="filters-count">{count}<span class="visually-hidden"> active</span></span>""");
        return Html.Of($"""<div class="filters-bar"><label for="{FiltersSwitch}" class="filters-button" id="filters-button">Filters{badge}</label></div>""");
    }

    /// <summary>
    /// Two rows: what matched (the count line) with the links that act on all of it (coverage, exports), then how to
    /// show it (grouping, sort). Each row wraps as a whole on a narrow screen.
    /// </summary>
    private static Markup Toolbar(SearchState state, SearchResult result)
    {
        var html = new HtmlBuilder();
        var emptyQuery = state.Query.Trim().Length == 0;
        var all = state with { Page = 1 };
        html.Add($"""<div class="toolbar"><div class="toolbar-row">""");
        html.Add($"""<p class="total">{CountLine(result)}</p>""");
        html.Add($"""<p class="toolbar-links"><a class="coverage-link" href="/coverage?q={Uri.EscapeDataString(state.Query)}">Coverage</a>""");
        html.Add($"""<span class="export"><span class="muted">Export all:</span> <a href="{all.Url("/api/search.csv")}" download>CSV</a> <a href="{all.Url("/api/search.json")}" download>JSON</a></span></p>""");
        html.Add($"""</div><div class="toolbar-row">""");
        html.Add($"""<nav class="grouping" aria-label="Group copies"><span class="muted">Group:</span>""");
        foreach (var (level, label) in new (DuplicateLevel?, string)[] { (null, "none"), (DuplicateLevel.Near, "copies"), (DuplicateLevel.Story, "stories") })
        {
            if (level == state.Group) html.Add($"""<span class="group-option current" aria-current="true">{label}</span>""");
            else html.Add($"""<a class="group-option" {SwapLink.Attributes((state with { Group = level, Page = 1 }).Url())}>{label}</a>""");
        }
        html.Add($"""</nav>""");
        html.Add($"""<nav class="sort" aria-label="Sort order"><span class="muted">Sort:</span>""");
        foreach (var sort in Enum.GetValues<SortOrder>())
        {
            // An empty query has nothing to rank: the searcher lists it newest first.
            var effective = emptyQuery && state.Sort == SortOrder.Relevance ? SortOrder.Newest : state.Sort;
            var name = sort.ToString().ToLowerInvariant();
            if (sort == effective)
                html.Add($"""<span class="sort-option current" aria-current="true">{name}</span>""");
            else if (sort == SortOrder.Relevance && emptyQuery)
                html.Add($"""<span class="sort-option disabled" title="Type a query to rank by relevance">{name}</span>""");
            else
                html.Add($"""<a class="sort-option" {SwapLink.Attributes((state with { Sort = sort, Page = 1 }).Url())}>{name}</a>""");
        }
        html.Add($"""</nav></div></div>""");
        return html.ToMarkup();
    }

    /// <summary>"1,012 articles · 923 stories · 3 ms": the parts there are, joined once.</summary>
    private static Markup CountLine(SearchResult result)
    {
        var parts = new List<Markup>
        {
            Html.Of($"""<span id="total"><strong>{result.Total.ToString("N0", CultureInfo.InvariantCulture)}</strong> article{(result.Total == 1 ? "" : "s")}</span>"""),
        };
        if (result.Total > 0)
            parts.Add(Html.Of($"""<span id="stories"><strong>{result.Stories.ToString("N0", CultureInfo.InvariantCulture)}</strong> stor{(result.Stories == 1 ? "y" : "ies")}</span>"""));
        parts.Add(Html.Of($"""<span class="muted">{result.Elapsed.TotalMilliseconds:0} ms</span>"""));
        return Html.Join(parts);
    }

    private static Markup Chips(SearchState state)
    {
        if (!state.HasFilters) return Markup.Empty;
        var html = new HtmlBuilder();
        html.Add($"""<ul class="chips" aria-label="Selected filters">""");
        void Chip(string label, string value, SearchState without) =>
            html.Add($"""<li><a class="chip" {SwapLink.Attributes(without.Url())} aria-label="Remove filter {label}: {value}"><span class="chip-kind">{label}</span> {value} <span class="chip-x" aria-hidden="true">×</span></a></li>""");
        foreach (var v in state.Outlets) Chip("Outlet", v, state.Toggle(FacetNames.Outlet, v));
        foreach (var v in state.Persons) Chip("Person", v, state.Toggle(FacetNames.Person, v));
        foreach (var v in state.Cites) Chip("Cites", v, state.Toggle(FacetNames.Cites, v));
        if (state.From is not null || state.To is not null)
        {
            var range = $"{(state.From is { } f ? SearchState.Iso(f) : "…")} – {(state.To is { } t ? SearchState.Iso(t) : "…")}";
            Chip("Date", range, state.WithDates(null, null));
        }
        html.Add($"""<li><a class="chip-clear" {SwapLink.Attributes(state.WithoutFilters().Url())}>Clear all</a></li></ul>""");
        return html.ToMarkup();
    }

    private static Markup Hit(SearchHit hit)
    {
        var html = new HtmlBuilder();
        html.Add($"""<li class="hit"><h3 class="hit-title"><a href="/articles/{hit.Id}">{Html.Trusted(hit.TitleHtml)}</a></h3>""");
        var parts = new List<Markup>();
        if (hit.Outlet is not null) parts.Add(Html.Of($"""<span class="hit-outlet">{hit.Outlet}</span>"""));
        if (hit.Date is { } date) parts.Add(Html.Of($"""<time datetime="{SearchState.Iso(date)}">{date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}</time>"""));
        if (hit.Author is not null) parts.Add(Html.Of($"""<span class="hit-author">by {hit.Author}</span>"""));
        html.Add($"""<p class="hit-meta">{Html.Join(parts)}</p><p class="hit-snippet">{Html.Trusted(hit.SnippetHtml)}</p>""");
        if (hit.Quotes.Count > 0)
        {
            html.Add($"""<ul class="hit-quotes" aria-label="Matching quotes">""");
            foreach (var quote in hit.Quotes)
                html.Add($"""<li><q>{Html.Trusted(quote.TextHtml)}</q>{(quote.Speaker is null ? Markup.Empty : Html.Of($" <span class=\"speaker\">— {quote.Speaker}</span>"))}</li>""");
            html.Add($"""</ul>""");
        }
        if (hit.More.Count > 0)
        {
            // <details> expands in place with or without JavaScript.
            html.Add($"""<details class="more"><summary>{MoreSummary.Describe(hit.More)}</summary><ul>""");
            foreach (var more in hit.More)
                html.Add($"""<li><a href="/articles/{more.Id}">{more.Title}</a> <span class="muted small">{more.Outlet ?? "unknown outlet"}{(more.Date is { } d ? " · " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "")}</span></li>""");
            html.Add($"""</ul></details>""");
        }
        html.Add($"""</li>""");
        return html.ToMarkup();
    }

    private static Markup Pager(SearchState state, SearchResult result)
    {
        var pages = result.PageCount;
        if (pages <= 1) return Markup.Empty;
        var current = Math.Min(result.Request.Page, pages + 1);
        var html = new HtmlBuilder();
        html.Add($"""<nav class="pager" aria-label="Pages">""");
        Markup Link(int page, string text, string rel = "") => Html.Of($"""<a {SwapLink.Attributes((state with { Page = page }).Url())} hx-swap="innerHTML show:#main:top"{(rel.Length > 0 ? Html.Of($" rel=\"{rel}\"") : Markup.Empty)}>{text}</a>""");
        html.Add(current > 1 ? Link(current - 1, "← Previous", "prev") : Html.Of($"""<span class="disabled">← Previous</span>"""));
        var shown = new SortedSet<int> { 1, pages };
        for (var p = Math.Max(1, current - 2); p <= Math.Min(pages, current + 2); p++) shown.Add(p);
        var last = 0;
        foreach (var page in shown)
        {
            if (page - last > 1) html.Add($"""<span class="gap" aria-hidden="true">…</span>""");
            html.Add(page == current
                ? Html.Of($"""<span class="current" aria-current="page">{page}</span>""")
                : Link(page, page.ToString(CultureInfo.InvariantCulture)));
            last = page;
        }
        html.Add(current < pages ? Link(current + 1, "Next →", "next") : Html.Of($"""<span class="disabled">Next →</span>"""));
        html.Add($"""</nav>""");
        return html.ToMarkup();
    }
}
