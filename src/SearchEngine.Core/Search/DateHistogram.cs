namespace SearchEngine.Core.Search;

/// <summary>Hits over time, bucketed by day, month or year so the span shows in a readable number of bars.</summary>
public sealed record DateHistogram(string Granularity, IReadOnlyList<DateBucket> Buckets, int Undated)
{
    public static DateHistogram Empty { get; } = new("month", [], 0);

    /// <summary>Buckets day counts (yyyymmdd → count): days for up to ~2 months, months for up to ~6 years, else years.</summary>
    public static DateHistogram FromDays(IReadOnlyDictionary<int, int> dayCounts, int undated)
    {
        if (dayCounts.Count == 0) return Empty with { Undated = undated };
        var days = dayCounts.Keys.Select(ToDate).ToList();
        var (first, last) = (days.Min(), days.Max());
        var span = last.DayNumber - first.DayNumber;
        var granularity = GranularityFor(span);

        var counts = new Dictionary<DateOnly, int>();
        foreach (var (day, count) in dayCounts)
        {
            var start = Start(granularity, ToDate(day));
            counts[start] = counts.GetValueOrDefault(start) + count;
        }

        var buckets = new List<DateBucket>();
        for (var start = Start(granularity, first); start <= last; start = Next(granularity, start))
            buckets.Add(new DateBucket(start, Next(granularity, start).AddDays(-1), Label(granularity, start), counts.GetValueOrDefault(start)));
        return new DateHistogram(granularity, buckets, undated);
    }

    /// <summary>
    /// <see cref="FromDays"/> over the days with a non-zero count, given as days (yyyymmdd) in ascending order with
    /// their counts: one pass without a dictionary, since each bucket's days follow one another.
    /// </summary>
    internal static DateHistogram FromSortedDays(ReadOnlySpan<int> days, ReadOnlySpan<int> counts, int undated)
    {
        var firstIndex = 0;
        while (firstIndex < days.Length && counts[firstIndex] == 0) firstIndex++;
        if (firstIndex == days.Length) return Empty with { Undated = undated };
        var lastIndex = days.Length - 1;
        while (counts[lastIndex] == 0) lastIndex--;
        var (first, last) = (ToDate(days[firstIndex]), ToDate(days[lastIndex]));
        var span = last.DayNumber - first.DayNumber;
        var granularity = GranularityFor(span);

        var buckets = new List<DateBucket>();
        var at = firstIndex;
        for (var start = Start(granularity, first); start <= last; start = Next(granularity, start))
        {
            var next = Next(granularity, start);
            var nextDay = next.Year * 10000 + next.Month * 100 + next.Day;
            var count = 0;
            for (; at <= lastIndex && days[at] < nextDay; at++) count += counts[at];
            buckets.Add(new DateBucket(start, next.AddDays(-1), Label(granularity, start), count));
        }
        return new DateHistogram(granularity, buckets, undated);
    }

    private static string GranularityFor(int spanDays) => spanDays <= 62 ? "day" : spanDays <= 366 * 6 ? "month" : "year";

    private static DateOnly Start(string granularity, DateOnly d) => granularity switch
    {
        "day" => d,
        "month" => new DateOnly(d.Year, d.Month, 1),
        _ => new DateOnly(d.Year, 1, 1),
    };

    private static DateOnly Next(string granularity, DateOnly d) => granularity switch
    {
        "day" => d.AddDays(1),
        "month" => d.AddMonths(1),
        _ => d.AddYears(1),
    };

    private static string Label(string granularity, DateOnly d) => granularity switch
    {
        "day" => d.ToString("yyyy-MM-dd"),
        "month" => d.ToString("yyyy-MM"),
        _ => d.ToString("yyyy"),
    };

    private static DateOnly ToDate(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}
