using SearchEngine.Core.Search;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Tests.Search;

public sealed class DateAxisTests
{
    /// <summary>A histogram of one level over whole units from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    private static DateHistogram Histogram(string granularity, DateOnly first, DateOnly last)
    {
        var buckets = new List<DateBucket>();
        for (var start = first; start <= last;)
        {
            var next = granularity switch { DateHistogram.Day => start.AddDays(1), DateHistogram.Month => start.AddMonths(1), _ => start.AddYears(1) };
            buckets.Add(new DateBucket(start, next.AddDays(-1), start.ToString("yyyy-MM-dd"), 1));
            start = next;
        }
        return new DateHistogram(granularity, buckets, 0);
    }

    private static IEnumerable<string> Row(DateHistogram histogram, int row) =>
        DateAxis.Labels(histogram).Where(l => l.Row == row).Select(l => l.Text);

    [Fact]
    public void Decades_are_named_over_an_archive_of_four_decades()
    {
        var histogram = Histogram(DateHistogram.Year, new(1987, 1, 1), new(2025, 1, 1));
        Assert.Equal(["1990", "2000", "2010", "2020"], Row(histogram, 0));
        Assert.Empty(Row(histogram, 1));
    }

    [Fact]
    public void Every_year_is_named_when_there_are_few()
    {
        Assert.Equal(["1987", "1988", "1989", "1990"], Row(Histogram(DateHistogram.Year, new(1987, 1, 1), new(1990, 1, 1)), 0));
    }

    [Fact]
    public void A_years_months_are_named_every_other_month_with_the_year_below()
    {
        var histogram = Histogram(DateHistogram.Month, new(1987, 1, 1), new(1987, 12, 1));
        Assert.Equal(["Jan", "Mar", "May", "Jul", "Sep", "Nov"], Row(histogram, 0));
        Assert.Equal(["1987"], Row(histogram, 1));
    }

    [Fact]
    public void A_months_days_are_named_every_five_days_with_the_month_below()
    {
        var histogram = Histogram(DateHistogram.Day, new(1987, 3, 1), new(1987, 3, 31));
        Assert.Equal(["1", "6", "11", "16", "21", "26"], Row(histogram, 0));
        Assert.Equal(["Mar 1987"], Row(histogram, 1));
    }

    [Fact]
    public void Six_years_of_months_are_named_by_their_years_alone()
    {
        var histogram = Histogram(DateHistogram.Month, new(2015, 1, 1), new(2020, 12, 1));
        Assert.Empty(Row(histogram, 0));
        Assert.Equal(["2015", "2016", "2017", "2018", "2019", "2020"], Row(histogram, 1));
    }

    [Fact]
    public void A_period_with_one_bar_at_the_start_gives_way_to_the_next()
    {
        var histogram = Histogram(DateHistogram.Month, new(1987, 12, 1), new(1988, 11, 1));
        Assert.Equal(["1988"], Row(histogram, 1));
        Assert.Equal(1, DateAxis.Labels(histogram).Single(l => l.Row == 1).Bucket);
    }

    [Fact]
    public void Labels_at_the_edges_are_flush_with_the_chart()
    {
        var labels = DateAxis.Labels(Histogram(DateHistogram.Month, new(1987, 1, 1), new(1987, 12, 1)));
        var january = labels.First(l => l.Row == 0);
        Assert.Equal(("start", 0.0), (january.Anchor, january.At));
        var march = labels.First(l => l.Text == "Mar");
        Assert.Equal(("middle", 2.5 / 12), (march.Anchor, march.At));
    }

    [Theory]
    [InlineData(DateHistogram.Year, 2)]
    [InlineData(DateHistogram.Month, 3)]
    [InlineData(DateHistogram.Day, 4)]
    public void Labels_of_any_span_never_overlap_on_the_narrowest_chart(string granularity, int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 300; run++)
        {
            var first = new DateOnly(1950, 1, 1).AddDays(random.Next(25_000));
            var (unitFirst, last) = granularity switch
            {
                DateHistogram.Day => (first, first.AddDays(random.Next(DateHistogram.MaxDaySpan + 1))),
                DateHistogram.Month => (new DateOnly(first.Year, first.Month, 1), new DateOnly(first.Year, first.Month, 1).AddMonths(random.Next(72))),
                _ => (new DateOnly(first.Year, 1, 1), new DateOnly(first.Year, 1, 1).AddYears(random.Next(1, 150))),
            };
            var histogram = Histogram(granularity, unitFirst, last);
            var labels = DateAxis.Labels(histogram);
            foreach (var row in new[] { 0, 1 })
                Assert.True(DateAxis.Fits(labels.Where(l => l.Row == row).ToList()), $"{granularity} {unitFirst}–{last}, row {row}: {string.Join(", ", labels.Where(l => l.Row == row).Select(l => l.Text))}");
            Assert.NotEmpty(labels);
            if (granularity != DateHistogram.Year) Assert.Contains(labels, l => l.Row == 1);
        }
    }

    [Theory]
    [InlineData("1987-01-01", "1987-12-31", "1987")]
    [InlineData("1987-01-01", "1990-12-31", "1987–1990")]
    [InlineData("1987-03-01", "1987-03-31", "March 1987")]
    [InlineData("1987-03-03", "1987-03-03", "3 March 1987")]
    [InlineData("1987-03-15", "1987-03-20", "15–20 March 1987")]
    [InlineData("1987-03-15", "1987-04-10", "15 March – 10 April 1987")]
    [InlineData("1987-03-15", "1988-02-10", "15 March 1987 – 10 February 1988")]
    public void Date_ranges_are_named_as_briefly_as_they_can_be(string from, string to, string name) =>
        Assert.Equal(name, DateAxis.Range(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void Open_selections_say_which_side_is_open()
    {
        Assert.Equal("from 15 March 1987", DateAxis.Selection(new DateOnly(1987, 3, 15), null));
        Assert.Equal("until 31 December 1990", DateAxis.Selection(null, new DateOnly(1990, 12, 31)));
    }
}
