using System.Globalization;
using SearchEngine.Core.Search;

namespace SearchEngine.Web.Search;

/// <summary>
/// The labels along the histogram's date axis and the names of its dates. Ticks stand at round steps of the level
/// shown (every 1, 2, 5, 10… years; every 1, 2, 3 or 6 months; every 1, 2, 5, 7, 10 or 15 days), the smallest step
/// whose labels do not overlap on the narrowest chart the page draws; below months and days a second row names
/// their year or month, so every bar can be placed in time.
/// </summary>
public static class DateAxis
{
    /// <summary>The chart's narrowest width in CSS pixels (the sidebar at 1280 px is wider, a phone wider still).</summary>
    public const double NarrowestWidth = 225;

    /// <summary>An upper bound of a character's width in the axis font (11 px DejaVu Sans digits are 7 px).</summary>
    public const double CharWidth = 7;

    /// <summary>The least space between two labels.</summary>
    public const double Gap = 8;

    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
    private static readonly int[] MonthSteps = [1, 2, 3, 6];
    private static readonly int[] DaySteps = [1, 2, 5, 7, 10, 15];

    public static IReadOnlyList<AxisLabel> Labels(DateHistogram dates)
    {
        var buckets = dates.Buckets;
        if (buckets.Count == 0) return [];
        return dates.Granularity switch
        {
            DateHistogram.Day => [.. Ticks(buckets, DaySteps, (b, step) => step == 1 || (b.From.Day - 1) % step == 0 && b.From.Day <= 28,
                                      b => b.From.Day.ToString(CultureInfo.InvariantCulture)),
                                  .. Periods(buckets, b => b.From.Day == 1, b => MonthYear(b.From))],
            DateHistogram.Month => [.. Ticks(buckets, MonthSteps, (b, step) => (b.From.Month - 1) % step == 0, b => ShortMonth(b.From)),
                                    .. Periods(buckets, b => b.From.Month == 1, b => Year(b.From))],
            _ => Ticks(buckets, YearSteps, (b, step) => b.From.Year % step == 0, b => Year(b.From)),
        };
    }

    /// <summary>Row 0: the smallest step whose labels fit, each under the middle of its bar (at an edge, flush with it).</summary>
    private static List<AxisLabel> Ticks(IReadOnlyList<DateBucket> buckets, int[] steps, Func<DateBucket, int, bool> onStep, Func<DateBucket, string> text)
    {
        var n = buckets.Count;
        foreach (var step in steps)
        {
            var labels = new List<AxisLabel>();
            for (var i = 0; i < n; i++)
            {
                if (!onStep(buckets[i], step)) continue;
                var label = text(buckets[i]);
                var (middle, half) = ((i + 0.5) / n * NarrowestWidth, Width(label) / 2);
                labels.Add(middle - half < 0 ? new AxisLabel(0, i, (double)i / n, label, "start")
                    : middle + half > NarrowestWidth ? new AxisLabel(0, i, (double)(i + 1) / n, label, "end")
                    : new AxisLabel(0, i, (i + 0.5) / n, label, "middle"));
            }
            if (labels.Count > 0 && Fits(labels)) return labels;
        }
        return [];
    }

    /// <summary>
    /// Row 1: each period's name from its first bar (the first bar always starts one). Where two would overlap, the
    /// one over fewer bars (a year's last month at the start of the span, say) gives way.
    /// </summary>
    private static List<AxisLabel> Periods(IReadOnlyList<DateBucket> buckets, Func<DateBucket, bool> starts, Func<DateBucket, string> text)
    {
        var n = buckets.Count;
        var firsts = Enumerable.Range(0, n).Where(i => i == 0 || starts(buckets[i])).ToList();
        var kept = new List<(AxisLabel Label, int Bars)>();
        for (var k = 0; k < firsts.Count; k++)
        {
            var i = firsts[k];
            var bars = (k + 1 < firsts.Count ? firsts[k + 1] : n) - i;
            var label = text(buckets[i]);
            var candidate = (double)i / n * NarrowestWidth + Width(label) > NarrowestWidth
                ? new AxisLabel(1, i, 1, label, "end")
                : new AxisLabel(1, i, (double)i / n, label, "start");
            var add = true;
            while (add && kept.Count > 0 && !Fits([kept[^1].Label, candidate]))
            {
                if (kept[^1].Bars >= bars) add = false;
                else kept.RemoveAt(kept.Count - 1);
            }
            if (add) kept.Add((candidate, bars));
        }
        return kept.Select(k => k.Label).ToList();
    }

    /// <summary>Whether labels in left-to-right order keep <see cref="Gap"/> apart and inside the chart.</summary>
    public static bool Fits(IReadOnlyList<AxisLabel> labels)
    {
        var right = double.NegativeInfinity;
        foreach (var label in labels)
        {
            var (left, end) = Extent(label);
            if (left < -0.01 || end > NarrowestWidth + 0.01 || left - right < Gap) return false;
            right = end;
        }
        return true;
    }

    /// <summary>Where a label's text runs, in pixels, on the narrowest chart.</summary>
    public static (double Left, double Right) Extent(AxisLabel label)
    {
        var (x, w) = (label.At * NarrowestWidth, Width(label.Text));
        return label.Anchor switch { "start" => (x, x + w), "end" => (x - w, x), _ => (x - w / 2, x + w / 2) };
    }

    private static double Width(string text) => text.Length * CharWidth;

    /// <summary>A bar's dates in words: "1987", "March 1987", "3 March 1987", or its range when the selection cuts it.</summary>
    public static string Name(DateBucket bucket) => Range(bucket.From, bucket.To);

    /// <summary>
    /// A date range in words, as short as it can be said: "1987", "1987–1990", "March 1987", "3 March 1987",
    /// "15–20 March 1987", "15 March – 10 April 1987", "15 March 1987 – 10 February 1988".
    /// </summary>
    public static string Range(DateOnly from, DateOnly to)
    {
        var wholeYears = from is { Month: 1, Day: 1 } && to is { Month: 12, Day: 31 };
        if (wholeYears) return from.Year == to.Year ? Year(from) : $"{Year(from)}–{Year(to)}";
        var wholeMonths = from.Day == 1 && to.AddDays(1).Day == 1;
        if (wholeMonths && from.Year == to.Year && from.Month == to.Month) return MonthYear(from, full: true);
        if (from == to) return DayMonthYear(from);
        if (from.Year == to.Year && from.Month == to.Month) return $"{from.Day}–{DayMonthYear(to)}";
        if (from.Year == to.Year) return $"{from.Day} {MonthName(from)} – {DayMonthYear(to)}";
        return $"{DayMonthYear(from)} – {DayMonthYear(to)}";
    }

    /// <summary>A selection in words, open sides included: "from 15 March 1987", "until 1990".</summary>
    public static string Selection(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => Range(f, t),
        ({ } f, null) => $"from {DayMonthYear(f)}",
        (null, { } t) => $"until {DayMonthYear(t)}",
        _ => "all dates",
    };

    /// <summary>The bars' unit in words, for "articles per month".</summary>
    public static string Unit(string granularity) => granularity switch
    {
        DateHistogram.Day => "day",
        DateHistogram.Month => "month",
        _ => "year",
    };

    private static string Year(DateOnly d) => d.Year.ToString(CultureInfo.InvariantCulture);

    private static string ShortMonth(DateOnly d) => d.ToString("MMM", CultureInfo.InvariantCulture);

    private static string MonthName(DateOnly d) => d.ToString("MMMM", CultureInfo.InvariantCulture);

    private static string MonthYear(DateOnly d) => MonthYear(d, full: false);

    private static string MonthYear(DateOnly d, bool full) => $"{(full ? MonthName(d) : ShortMonth(d))} {Year(d)}";

    private static string DayMonthYear(DateOnly d) => $"{d.Day} {MonthName(d)} {Year(d)}";
}
