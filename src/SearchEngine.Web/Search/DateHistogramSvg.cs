using System.Globalization;
using SearchEngine.Core.Search;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Search;

/// <summary>
/// The date histogram as inline SVG, drawn on the server: bars (each a link to its dates, named with its exact count
/// in a tooltip and for screen readers), gridlines labelled with round counts on the left, and labelled ticks along
/// the date axis. Its span and level follow the date selection (see <see cref="DateHistogram"/>), so following a
/// year's bar shows its months; a trail of links zooms back out. app.js adds dragging across bars to pick a wider
/// range (the bars carry their dates for that) and shows the hovered bar's count under the chart.
/// </summary>
public static class DateHistogramSvg
{
    /// <summary>The plot's coordinate width; it is stretched to the sidebar's width (<c>preserveAspectRatio="none"</c>).</summary>
    private const double Width = 300;

    /// <summary>The plot's height in CSS pixels (site.css draws it at that height, so a y unit is a pixel).</summary>
    private const double Height = 84;

    /// <summary>Room above the tallest bar for its gridline's label.</summary>
    private const double Headroom = 6;

    public static Markup Render(SearchState state, DateHistogram dates)
    {
        var html = new HtmlBuilder();
        var unit = DateAxis.Unit(dates.Granularity);
        var scale = HistogramScale.For(dates.Buckets.Select(b => b.Count));
        var note = dates.Buckets.Count == 0 ? "" : $"articles per {unit}{(scale.IsLog ? " · log scale" : "")}";
        html.Add($"""<section class="facet facet-dates" aria-labelledby="facet-date-h">""");
        html.Add($"""<h2 id="facet-date-h">Date <span class="facet-note">{note}</span></h2>""");
        html.Add(Zoom(state));
        if (dates.Buckets.Count == 0)
            html.Add($"""<p class="muted">{(state.From is null && state.To is null ? "No dated articles." : "No dated articles in these dates.")}</p>""");
        else
            html.Add(Chart(state, dates, scale, unit));
        // Undated matches are counted, not drawn; a date selection leaves them out, and says so.
        if (dates.Undated > 0)
            html.Add($"""<p class="histogram-undated muted small">{dates.Undated.ToString("N0", CultureInfo.InvariantCulture)} undated{(state.From is null && state.To is null ? "" : ", left out by the dates")}</p>""");
        html.Add(DateForm(state));
        html.Add($"""</section>""");
        return html.ToMarkup();
    }

    private static Markup Chart(SearchState state, DateHistogram dates, HistogramScale scale, string unit)
    {
        var html = new HtmlBuilder();
        var buckets = dates.Buckets;
        var tallest = Height - Headroom;
        var gridlines = scale.Gridlines(tallest, minSpacing: 12);
        var step = Width / buckets.Count;
        var gap = step > 4 ? 1.0 : 0.0;
        var span = DateAxis.Range(buckets[0].From, buckets[^1].To);
        html.Add($"""<div class="histogram-chart">""");

        // The y axis: gridline labels in a gutter of their own, at the gridlines' heights.
        html.Add($"""<svg class="histogram-y" aria-hidden="true">""");
        foreach (var value in gridlines)
            html.Add($"""<text class="y-label" x="30" y="{Height - scale.Fraction(value) * tallest + 4:0.#}" text-anchor="end">{HistogramScale.Compact(value)}</text>""");
        html.Add($"""</svg>""");

        html.Add($"""<svg class="histogram" viewBox="0 0 {Width:0} {Height:0}" preserveAspectRatio="none" role="group" aria-label="Articles per {unit}, {span}{(scale.IsLog ? ", bar heights on a log scale" : "")}; select a bar to filter to its dates and see them by {(dates.Granularity == DateHistogram.Year ? "month" : "day")}, or drag across bars">""");
        foreach (var value in gridlines)
        {
            var y = Height - scale.Fraction(value) * tallest;
            html.Add($"""<line class="gridline" x1="0" x2="{Width:0}" y1="{y:0.###}" y2="{y:0.###}" vector-effect="non-scaling-stroke"></line>""");
        }
        for (var i = 0; i < buckets.Count; i++)
        {
            var bucket = buckets[i];
            var x = i * step;
            var h = bucket.Count == 0 ? 0 : Math.Max(2, tallest * scale.Fraction(bucket.Count));
            var url = state.WithDates(bucket.From, bucket.To).Url();
            var label = $"{DateAxis.Name(bucket)}: {Articles(bucket.Count)}";
            html.Add($"""<a class="bar" {SwapLink.Attributes(url)} data-from="{SearchState.Iso(bucket.From)}" data-to="{SearchState.Iso(bucket.To)}" data-count="{bucket.Count}" aria-label="{label}"><title>{label}</title>""");
            html.Add($"""<rect class="bar-hit" x="{x:0.###}" y="0" width="{step:0.###}" height="{Height:0}"></rect>""");
            html.Add($"""<rect class="bar-fill" x="{x:0.###}" y="{Height - h:0.###}" width="{Math.Max(0.5, step - gap):0.###}" height="{h:0.###}"></rect></a>""");
        }
        html.Add($"""<line class="baseline" x1="0" x2="{Width:0}" y1="{Height - 0.5:0.#}" y2="{Height - 0.5:0.#}" vector-effect="non-scaling-stroke"></line>""");
        html.Add($"""<rect class="drag-range" x="0" y="0" width="0" height="{Height:0}"></rect></svg>""");

        html.Add(Axis(dates));
        html.Add($"""</div>""");

        var busiest = buckets.MaxBy(b => b.Count)!;
        var idle = busiest.Count == 0 ? "No articles in these dates" : $"Busiest {unit}: {DateAxis.Name(busiest)}, {Articles(busiest.Count)}";
        html.Add($"""<p class="histogram-readout" data-idle="{idle}">{idle}</p>""");
        return html.ToMarkup();
    }

    /// <summary>
    /// The date axis: labels at fractions of the width (SVG percentages, so they stay on their bars however wide the
    /// sidebar is, and are never stretched), a tick under each named bar and a longer, darker one where each named
    /// period begins (short enough not to cross the labels of the row above).
    /// </summary>
    private static Markup Axis(DateHistogram dates)
    {
        var html = new HtmlBuilder();
        var labels = DateAxis.Labels(dates);
        var rows = labels.Select(l => l.Row).Distinct().Order().ToList();
        html.Add($"""<svg class="histogram-x rows-{Math.Max(1, rows.Count)}" aria-hidden="true">""");
        foreach (var label in labels)
        {
            var row = rows.IndexOf(label.Row);
            var n = dates.Buckets.Count;
            if (label.Row == 0)
            {
                var middle = (label.Bucket + 0.5) / n * 100;
                html.Add($"""<line class="tick" x1="{middle:0.###}%" x2="{middle:0.###}%" y1="0" y2="4"></line>""");
            }
            else if (label.Bucket > 0)
            {
                var start = (double)label.Bucket / n * 100;
                html.Add($"""<line class="tick period" x1="{start:0.###}%" x2="{start:0.###}%" y1="0" y2="6"></line>""");
            }
            html.Add($"""<text class="tick-label row-{label.Row}" x="{label.At * 100:0.###}%" y="{row * 14 + 14}" text-anchor="{label.Anchor}">{label.Text}</text>""");
        }
        html.Add($"""</svg>""");
        return html.ToMarkup();
    }

    /// <summary>
    /// With a date selection, a trail back out: all dates, then the selection's year and month where it lies within
    /// one and is not already the whole of it, then the selection itself.
    /// </summary>
    private static Markup Zoom(SearchState state)
    {
        if (state.From is null && state.To is null) return Markup.Empty;
        var html = new HtmlBuilder();
        html.Add($"""<nav class="histogram-zoom" aria-label="Date zoom"><a {SwapLink.Attributes(state.WithDates(null, null).Url())}>All dates</a>""");
        if (state.From is { } from && state.To is { } to && from.Year == to.Year)
        {
            var year = (First: new DateOnly(from.Year, 1, 1), Last: new DateOnly(from.Year, 12, 31));
            if ((from, to) != year)
                html.Add($"""<span class="sep" aria-hidden="true">›</span><a {SwapLink.Attributes(state.WithDates(year.First, year.Last).Url())}>{DateAxis.Range(year.First, year.Last)}</a>""");
            var month = (First: new DateOnly(from.Year, from.Month, 1), Last: new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1));
            if (from.Month == to.Month && (from, to) != month)
                html.Add($"""<span class="sep" aria-hidden="true">›</span><a {SwapLink.Attributes(state.WithDates(month.First, month.Last).Url())}>{DateAxis.Range(month.First, month.Last)}</a>""");
        }
        html.Add($"""<span class="sep" aria-hidden="true">›</span><span class="current" aria-current="true">{DateAxis.Selection(state.From, state.To)}</span></nav>""");
        return html.ToMarkup();
    }

    private static string Articles(int count) => $"{count.ToString("N0", CultureInfo.InvariantCulture)} article{(count == 1 ? "" : "s")}";

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
