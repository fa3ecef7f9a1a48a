using System.Globalization;
using SearchEngine.Core.Search;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Search;

/// <summary>
/// One facet as a list of toggle links with counts. The top values show at once, the rest under "more"; a filter box
/// (shown by app.js when there are many values) narrows the list as one types.
/// </summary>
public static class FacetPanel
{
    public const int Visible = 8;

    public static Markup Render(SearchState state, Facet? facet, string title, string noun)
    {
        if (facet is null || facet.Values.Count == 0) return Markup.Empty;
        var id = "facet-" + facet.Name;
        var html = new HtmlBuilder();
        html.Add($"""<section class="facet" id="{id}" aria-labelledby="{id}-h">""");
        html.Add($"""<h2 id="{id}-h">{title} <span class="facet-note">{facet.Distinct.ToString("N0", CultureInfo.InvariantCulture)}</span></h2>""");
        if (facet.Values.Count > Visible)
            html.Add($"""<input type="search" class="facet-filter" placeholder="Filter {noun}…" aria-label="Filter {noun}" aria-controls="{id}-list" hidden>""");

        // Selected values first, so what is chosen stays in view.
        var ordered = facet.Values.Where(v => v.Selected).Concat(facet.Values.Where(v => !v.Selected)).ToList();
        html.Add($"""<ul class="facet-values" id="{id}-list">""");
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == Visible)
                html.Add($"""</ul><details class="facet-more"><summary>More {noun} ({(ordered.Count - Visible).ToString("N0", CultureInfo.InvariantCulture)})</summary><ul class="facet-values">""");
            html.Add(Value(state, facet.Name, ordered[i]));
        }
        html.Add($"""</ul>""");
        if (ordered.Count > Visible) html.Add($"""</details>""");
        if (facet.Distinct > facet.Values.Count)
            html.Add($"""<p class="muted small">Top {facet.Values.Count.ToString("N0", CultureInfo.InvariantCulture)} of {facet.Distinct.ToString("N0", CultureInfo.InvariantCulture)} shown.</p>""");
        html.Add($"""</section>""");
        return html.ToMarkup();
    }

    private static Markup Value(SearchState state, string facet, FacetValue value)
    {
        var url = state.Toggle(facet, value.Value).Url();
        var selected = value.Selected ? " selected" : "";
        var action = value.Selected ? "Remove" : "Add";
        var selectedNote = value.Selected ? Html.Of($"""<span class="visually-hidden"> (selected)</span>""") : Markup.Empty;
        return Html.Of($"""
            <li><a class="facet-value{selected}" {SwapLink.Attributes(url)} data-value="{value.Value}" title="{action} {value.Value}"><span class="check" aria-hidden="true"></span><span class="facet-label">{value.Value}</span>{selectedNote}<span class="facet-count">{value.Count.ToString("N0", CultureInfo.InvariantCulture)}</span></a></li>
            """);
    }
}
