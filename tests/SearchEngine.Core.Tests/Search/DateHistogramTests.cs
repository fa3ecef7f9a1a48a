using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

public sealed class DateHistogramTests
{
    private static int Day(int year, int month, int day) => year * 10000 + month * 100 + day;

    /// <summary>An archive as skewed as the shared corpora: a year of 20,000 articles, then a few hundred a year much later.</summary>
    private static readonly Dictionary<int, int> Archive = new()
    {
        [Day(1987, 2, 26)] = 500, [Day(1987, 3, 2)] = 9000, [Day(1987, 3, 20)] = 10, [Day(1987, 10, 19)] = 11000,
        [Day(2012, 1, 5)] = 40, [Day(2016, 7, 4)] = 600, [Day(2020, 12, 31)] = 300,
    };

    [Theory]
    [InlineData(20, null, null)]
    [InlineData(300, null, null)]
    [InlineData(5000, null, null)]
    [InlineData(20000, null, null)]
    [InlineData(20000, 1000, null)]
    [InlineData(20000, null, 400)]
    [InlineData(20000, 3000, 3200)]
    [InlineData(20000, 3000, 3020)]
    [InlineData(20000, -500, 30000)]
    public void Sorted_day_arrays_give_the_same_histogram_as_a_day_dictionary(int spanDays, int? fromDay, int? toDay)
    {
        var random = new Random(spanDays);
        var first = new DateOnly(1987, 2, 26);
        var days = Enumerable.Range(0, 200).Select(_ => first.AddDays(random.Next(spanDays)))
            .Distinct().Order().Select(d => Day(d.Year, d.Month, d.Day)).ToArray();
        // Some days counted zero times, as an array of counts over all known days has them.
        var counts = days.Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, 50)).ToArray();
        var dictionary = days.Zip(counts).ToDictionary(p => p.First, p => p.Second);
        DateOnly? from = fromDay is { } f ? first.AddDays(f) : null;
        DateOnly? to = toDay is { } t ? first.AddDays(t) : null;

        var expected = DateHistogram.FromDays(dictionary, undated: 7, from, to);
        var actual = DateHistogram.FromSortedDays(days, counts, undated: 7, from, to);

        Assert.Equal(expected.Granularity, actual.Granularity);
        Assert.Equal(expected.Buckets, actual.Buckets);
        Assert.Equal(7, actual.Undated);
        var selected = days.Zip(counts).Where(p => (from is null || p.First >= Day(from.Value.Year, from.Value.Month, from.Value.Day))
                                                  && (to is null || p.First <= Day(to.Value.Year, to.Value.Month, to.Value.Day)));
        Assert.Equal(selected.Sum(p => p.Second), actual.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void No_counted_day_gives_the_empty_histogram_with_the_undated_count()
    {
        var histogram = DateHistogram.FromSortedDays([20200101, 20200102], [0, 0], undated: 3);
        Assert.Empty(histogram.Buckets);
        Assert.Equal(3, histogram.Undated);
    }

    [Fact]
    public void The_whole_archive_is_shown_by_year_with_the_empty_years_between()
    {
        var histogram = DateHistogram.FromDays(Archive, undated: 0);

        Assert.Equal(DateHistogram.Year, histogram.Granularity);
        Assert.Equal(Enumerable.Range(1987, 2020 - 1987 + 1).Select(y => y.ToString()), histogram.Buckets.Select(b => b.Label));
        Assert.Equal(20510, histogram.Buckets[0].Count);
        Assert.Equal(0, histogram.Buckets.Single(b => b.Label == "2000").Count);
        Assert.Equal(new DateOnly(1987, 1, 1), histogram.Buckets[0].From);
        Assert.Equal(new DateOnly(1987, 12, 31), histogram.Buckets[0].To);
    }

    [Fact]
    public void A_selected_year_is_shown_by_month_from_the_archives_first_month()
    {
        var histogram = DateHistogram.FromDays(Archive, undated: 0, new DateOnly(1987, 1, 1), new DateOnly(1987, 12, 31));

        Assert.Equal(DateHistogram.Month, histogram.Granularity);
        // The archive begins on 26 February 1987: there is no January to show, and the year runs to its end.
        Assert.Equal(Enumerable.Range(2, 11).Select(m => $"1987-{m:00}"), histogram.Buckets.Select(b => b.Label));
        Assert.Equal([500, 9010, 0, 0, 0, 0, 0, 0, 11000, 0, 0], histogram.Buckets.Select(b => b.Count));
        Assert.Equal(new DateOnly(1987, 2, 1), histogram.Buckets[0].From);
    }

    [Fact]
    public void A_selected_month_is_shown_by_day()
    {
        var histogram = DateHistogram.FromDays(Archive, undated: 0, new DateOnly(1987, 3, 1), new DateOnly(1987, 3, 31));

        Assert.Equal(DateHistogram.Day, histogram.Granularity);
        Assert.Equal(31, histogram.Buckets.Count);
        Assert.Equal(9000, histogram.Buckets[1].Count);
        Assert.Equal(10, histogram.Buckets[19].Count);
        Assert.All(histogram.Buckets, b => Assert.Equal(b.From, b.To));
    }

    [Fact]
    public void A_selection_across_months_is_cut_at_the_selected_days()
    {
        var histogram = DateHistogram.FromDays(Archive, undated: 0, new DateOnly(1987, 3, 15), new DateOnly(1987, 10, 19));

        Assert.Equal(DateHistogram.Month, histogram.Granularity);
        Assert.Equal(new DateOnly(1987, 3, 15), histogram.Buckets[0].From);
        Assert.Equal(new DateOnly(1987, 3, 31), histogram.Buckets[0].To);
        Assert.Equal(10, histogram.Buckets[0].Count);
        Assert.Equal(new DateOnly(1987, 10, 19), histogram.Buckets[^1].To);
        Assert.Equal(11010, histogram.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void A_selection_wider_than_the_archive_is_cut_to_the_archive()
    {
        var histogram = DateHistogram.FromDays(Archive, undated: 0, new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31));

        Assert.Equal(DateHistogram.Year, histogram.Granularity);
        Assert.Equal("1987", histogram.Buckets[0].Label);
        Assert.Equal("2020", histogram.Buckets[^1].Label);
    }

    [Fact]
    public void An_open_side_of_the_selection_ends_at_the_last_match()
    {
        var matchesTo2016 = Archive.ToDictionary(p => p.Key, p => p.Key >= Day(2020, 1, 1) ? 0 : p.Value);
        var histogram = DateHistogram.FromDays(matchesTo2016, undated: 0, from: new DateOnly(2012, 1, 1));

        Assert.Equal(DateHistogram.Month, histogram.Granularity);
        Assert.Equal("2012-01", histogram.Buckets[0].Label);
        Assert.Equal("2016-07", histogram.Buckets[^1].Label);
    }

    [Fact]
    public void A_selection_outside_the_archive_has_no_bars()
    {
        var histogram = DateHistogram.FromDays(Archive, undated: 4, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        Assert.Empty(histogram.Buckets);
        Assert.Equal(4, histogram.Undated);
    }

    [Theory]
    [InlineData("2020-01-01", "2020-03-03", DateHistogram.Day)]
    [InlineData("2020-01-01", "2020-03-04", DateHistogram.Month)]
    [InlineData("2020-01-01", "2020-12-31", DateHistogram.Month)]
    [InlineData("2020-01-01", "2025-12-31", DateHistogram.Month)]
    [InlineData("2020-01-01", "2026-12-31", DateHistogram.Year)]
    public void The_level_follows_the_length_of_the_span(string first, string last, string level) =>
        Assert.Equal(level, DateHistogram.GranularityFor(DateOnly.Parse(first), DateOnly.Parse(last)));
}
