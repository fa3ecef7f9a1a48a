using System.Globalization;
using SearchEngine.Core.Search;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Search;

/// <summary>
/// The date histogram as inline SVG, drawn on the server. Each bar is a link to its date range; app.js adds dragging
/// across bars to pick a wider range (the bars carry their dates for that).
/// </summary>
public static class DateHistogramSvg
{
    private const double Width = 300;
    private const double Height = 84;

    public static Markup Render(SearchState state, DateHistogram dates)
    {
        var html = new HtmlBuilder();
        var unit = dates.Granularity;
        html.Add($"""<section class="facet facet-dates" aria-labelledby="facet-date-h">""");
        html.Add($"""<h2 id="facet-date-h">Date <span class="facet-note">by {unit}</span></h2>""");
        if (dates.Buckets.Count == 0)
        {
            html.Add($"""<p class="muted">No dated articles.</p>""");
        }
        else
        {
            var max = Math.Max(1, dates.Buckets.Max(b => b.Count));
            var step = Width / dates.Buckets.Count;
            var gap = step > 4 ? 1.0 : 0.0;
            html.Add($"""<svg class="histogram" viewBox="0 0 {Width:0} {Height:0}" preserveAspectRatio="none" role="group" aria-label="Articles by {unit}; select a bar to filter to its dates, or drag across bars">""");
            for (var i = 0; i < dates.Buckets.Count; i++)
            {
                var bucket = dates.Buckets[i];
                var x = i * step;
                var h = bucket.Count == 0 ? 0 : Math.Max(2, (Height - 2) * bucket.Count / max);
                var inRange = (state.From is not null || state.To is not null)
                              && (state.From is null || bucket.To >= state.From) && (state.To is null || bucket.From <= state.To);
                var url = state.WithDates(bucket.From, bucket.To).Url();
                var label = $"{bucket.Label}: {bucket.Count.ToString("N0", CultureInfo.InvariantCulture)} article{(bucket.Count == 1 ? "" : "s")}";
                html.Add($"""<a class="bar{(inRange ? " in-range" : "")}" {SwapLink.Attributes(url)} data-from="{SearchState.Iso(bucket.From)}" data-to="{SearchState.Iso(bucket.To)}" aria-label="{label}"><title>{label}</title>""");
                html.Add($"""<rect class="bar-hit" x="{x:0.###}" y="0" width="{step:0.###}" height="{Height:0}"></rect>""");
                html.Add($"""<rect class="bar-fill" x="{x:0.###}" y="{Height - h:0.###}" width="{Math.Max(0.5, step - gap):0.###}" height="{h:0.###}"></rect></a>""");
            }
            html.Add($"""<rect class="drag-range" x="0" y="0" width="0" height="{Height:0}"></rect></svg>""");
            html.Add($"""<div class="histogram-axis"><span>{dates.Buckets[0].Label}</span><span>max {max.ToString("N0", CultureInfo.InvariantCulture)}</span><span>{dates.Buckets[^1].Label}</span></div>""");
        }
        if (dates.Undated > 0)
            html.Add($"""<p class="muted small">{dates.Undated.ToString("N0", CultureInfo.InvariantCulture)} undated</p>""");
        html.Add(DateForm(state));
        html.Add($"""</section>""");
        return html.ToMarkup();
    }

    /// <summary>Typed dates, for keyboards and for exact ranges; it carries the rest of the state along.</summary>
    private static Markup DateForm(SearchState state)
    {
        var hidden = SearchPage.HiddenInputs(state with { From = null, To = null, Page = 1 }, includeQuery: true);
        return Html.Of($"""
            <form class="date-form" action="/" method="get" hx-get="/" hx-target="#results" hx-swap="innerHTML" hx-push-url="true" hx-indicator="#busy">
            {hidden}
            <label>From <input type="date" name="from" value="{(state.From is { } f ? SearchState.Iso(f) : "")}"></label>
            <label>To <input type="date" name="to" value="{(state.To is { } t ? SearchState.Iso(t) : "")}"></label>
            <button type="submit" class="button-small">Apply</button>
            </form>
            """);
    }
}
