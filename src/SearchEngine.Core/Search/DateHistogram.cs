using System.Globalization;

namespace SearchEngine.Core.Search;

/// <summary>
/// Hits over time, bucketed by day, month or year so the span shows in a readable number of bars. The span follows
/// the date selection: with none, it runs from the first to the last matching day; a selected side is the selection
/// itself (clipped to the archive's first and last day), so selecting a year shows its months and a month its days.
/// Buckets never reach outside the selection (a partly selected month is cut at the selected day), so within the
/// span the counts are the matches; <see cref="Undated"/> counts matches without a date.
/// </summary>
public sealed record DateHistogram(string Granularity, IReadOnlyList<DateBucket> Buckets, int Undated)
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";

    /// <summary>The longest span shown by day, then by month; longer spans are shown by year.</summary>
    public const int MaxDaySpan = 62;
    public const int MaxMonthSpan = 366 * 6;

    public static DateHistogram Empty { get; } = new(Month, [], 0);

    /// <summary>
    /// Buckets day counts: every day the archive holds (yyyymmdd) with the number of matches on it, 0 for a day with
    /// none (those set the archive's span, which clips a selection). The straightforward version of
    /// <see cref="FromSortedDays"/>, which the searcher uses.
    /// </summary>
    public static DateHistogram FromDays(IReadOnlyDictionary<int, int> dayCounts, int undated, DateOnly? from = null, DateOnly? to = null)
    {
        var matched = dayCounts.Where(p => p.Value > 0).Select(p => ToDate(p.Key)).ToList();
        if (matched.Count == 0) return Empty with { Undated = undated };
        var known = dayCounts.Keys.Select(ToDate).ToList();
        if (Span(known.Min(), known.Max(), matched.Min(), matched.Max(), from, to) is not var (first, last))
            return Empty with { Undated = undated };

        var granularity = GranularityFor(first, last);
        var buckets = new List<DateBucket>();
        foreach (var (start, end) in Ranges(granularity, first, last, from, to))
        {
            var count = dayCounts.Where(p => ToDate(p.Key) >= start && ToDate(p.Key) <= end).Sum(p => p.Value);
            buckets.Add(new DateBucket(start, end, Label(granularity, start), count));
        }
        return new DateHistogram(granularity, buckets, undated);
    }

    /// <summary>
    /// <see cref="FromDays"/> over every day the archive holds, given as days (yyyymmdd) in ascending order with
    /// their counts: one pass without a dictionary, since each bucket's days follow one another.
    /// </summary>
    internal static DateHistogram FromSortedDays(ReadOnlySpan<int> days, ReadOnlySpan<int> counts, int undated, DateOnly? from = null, DateOnly? to = null)
    {
        var firstIndex = 0;
        while (firstIndex < days.Length && counts[firstIndex] == 0) firstIndex++;
        if (firstIndex == days.Length) return Empty with { Undated = undated };
        var lastIndex = days.Length - 1;
        while (counts[lastIndex] == 0) lastIndex--;
        if (Span(ToDate(days[0]), ToDate(days[^1]), ToDate(days[firstIndex]), ToDate(days[lastIndex]), from, to) is not var (first, last))
            return Empty with { Undated = undated };

        var granularity = GranularityFor(first, last);
        var buckets = new List<DateBucket>();
        var at = 0;
        foreach (var (start, end) in Ranges(granularity, first, last, from, to))
        {
            var (startDay, endDay) = (DayInt(start), DayInt(end));
            while (at < days.Length && days[at] < startDay) at++;
            var count = 0;
            for (; at < days.Length && days[at] <= endDay; at++) count += counts[at];
            buckets.Add(new DateBucket(start, end, Label(granularity, start), count));
        }
        return new DateHistogram(granularity, buckets, undated);
    }

    /// <summary>
    /// The days the histogram covers: a selected side is the selection, cut to the archive's own first or last day;
    /// an open side is the first or last match. Null when the selection holds no day of the archive or no match.
    /// </summary>
    private static (DateOnly First, DateOnly Last)? Span(DateOnly archiveFirst, DateOnly archiveLast, DateOnly firstMatch, DateOnly lastMatch, DateOnly? from, DateOnly? to)
    {
        var first = from is { } f ? Max(f, archiveFirst) : firstMatch;
        var last = to is { } t ? Min(t, archiveLast) : lastMatch;
        return first <= last ? (first, last) : null;
    }

    /// <summary>Days for up to two months, months for up to six years, else years: at most about 72 bars below years.</summary>
    public static string GranularityFor(DateOnly first, DateOnly last)
    {
        var span = last.DayNumber - first.DayNumber;
        return span <= MaxDaySpan ? Day : span <= MaxMonthSpan ? Month : Year;
    }

    /// <summary>Whole days, months or years from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>, each cut to the selection.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End)> Ranges(string granularity, DateOnly first, DateOnly last, DateOnly? from, DateOnly? to)
    {
        for (var start = Start(granularity, first); start <= last; start = Next(granularity, start))
        {
            var end = Next(granularity, start).AddDays(-1);
            yield return (from is { } f ? Max(start, f) : start, to is { } t ? Min(end, t) : end);
        }
    }

    private static DateOnly Start(string granularity, DateOnly d) => granularity switch
    {
        Day => d,
        Month => new DateOnly(d.Year, d.Month, 1),
        _ => new DateOnly(d.Year, 1, 1),
    };

    private static DateOnly Next(string granularity, DateOnly d) => granularity switch
    {
        Day => d.AddDays(1),
        Month => d.AddMonths(1),
        _ => d.AddYears(1),
    };

    private static string Label(string granularity, DateOnly d) => granularity switch
    {
        Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int DayInt(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    private static DateOnly ToDate(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}
