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
        var granularity = span <= 62 ? "day" : span <= 366 * 6 ? "month" : "year";

        DateOnly Start(DateOnly d) => granularity switch
        {
            "day" => d,
            "month" => new DateOnly(d.Year, d.Month, 1),
            _ => new DateOnly(d.Year, 1, 1),
        };
        DateOnly Next(DateOnly d) => granularity switch
        {
            "day" => d.AddDays(1),
            "month" => d.AddMonths(1),
            _ => d.AddYears(1),
        };
        string Label(DateOnly d) => granularity switch
        {
            "day" => d.ToString("yyyy-MM-dd"),
            "month" => d.ToString("yyyy-MM"),
            _ => d.ToString("yyyy"),
        };

        var counts = new Dictionary<DateOnly, int>();
        foreach (var (day, count) in dayCounts)
        {
            var start = Start(ToDate(day));
            counts[start] = counts.GetValueOrDefault(start) + count;
        }

        var buckets = new List<DateBucket>();
        for (var start = Start(first); start <= last; start = Next(start))
            buckets.Add(new DateBucket(start, Next(start).AddDays(-1), Label(start), counts.GetValueOrDefault(start)));
        return new DateHistogram(granularity, buckets, undated);
    }

    private static DateOnly ToDate(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}
