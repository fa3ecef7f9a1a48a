using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

public sealed class DateHistogramTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(300)]
    [InlineData(5000)]
    [InlineData(20000)]
    public void Sorted_day_arrays_give_the_same_histogram_as_a_day_dictionary(int spanDays)
    {
        var random = new Random(spanDays);
        var first = new DateOnly(1987, 2, 26);
        var days = Enumerable.Range(0, 200).Select(_ => first.AddDays(random.Next(spanDays)))
            .Distinct().Order().Select(d => d.Year * 10000 + d.Month * 100 + d.Day).ToArray();
        // Some days counted zero times, as an array of counts over all known days has them.
        var counts = days.Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, 50)).ToArray();
        var dictionary = days.Zip(counts).Where(p => p.Second > 0).ToDictionary(p => p.First, p => p.Second);

        var expected = DateHistogram.FromDays(dictionary, undated: 7);
        var actual = DateHistogram.FromSortedDays(days, counts, undated: 7);

        Assert.Equal(expected.Granularity, actual.Granularity);
        Assert.Equal(expected.Buckets, actual.Buckets);
        Assert.Equal(7, actual.Undated);
        Assert.Equal(counts.Sum(), actual.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void No_counted_day_gives_the_empty_histogram_with_the_undated_count()
    {
        var histogram = DateHistogram.FromSortedDays([20200101, 20200102], [0, 0], undated: 3);
        Assert.Empty(histogram.Buckets);
        Assert.Equal(3, histogram.Undated);
    }
}
