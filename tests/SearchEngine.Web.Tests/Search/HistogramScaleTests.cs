using System.Text.RegularExpressions;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Tests.Search;

public sealed class HistogramScaleTests
{
    [Fact]
    public void A_year_of_40_articles_beside_one_of_20510_is_a_third_as_tall_on_the_log_scale()
    {
        var scale = HistogramScale.For([20_510, 0, 40, 698, 13]);
        Assert.True(scale.IsLog);
        Assert.True(scale.Fraction(40) > 1.0 / 3, $"40 of 20,510 is {scale.Fraction(40):P0} of the tallest bar");
        Assert.True(scale.Fraction(13) > scale.Fraction(1) && scale.Fraction(1) > 0);
        Assert.Equal(1, scale.Fraction(20_510));
    }

    [Fact]
    public void Counts_of_one_order_of_magnitude_stay_linear()
    {
        var scale = HistogramScale.For([3, 8, 0, 5, 1]);
        Assert.False(scale.IsLog);
        Assert.Equal(0.5, scale.Fraction(4));
    }

    [Fact]
    public void Log_gridlines_are_powers_of_ten_spaced_apart()
    {
        var scale = HistogramScale.For([20_510, 40]);
        var lines = scale.Gridlines(height: 78, minSpacing: 12);
        Assert.Equal([10, 100, 1000, 10_000], lines);
        Assert.Equal(["10", "100", "1k", "10k"], lines.Select(HistogramScale.Compact));
    }

    [Theory]
    [InlineData(3, new[] { 1, 2, 3 })]
    [InlineData(8, new[] { 2, 4, 6, 8 })]
    [InlineData(35, new[] { 10, 20, 30 })]
    [InlineData(120, new[] { 50, 100 })]
    [InlineData(1990, new[] { 500, 1000, 1500 })]
    public void Linear_gridlines_are_round_steps(int max, int[] expected) =>
        Assert.Equal(expected, HistogramScale.For([max, max / 2 + 1]).Gridlines(height: 78, minSpacing: 12));

    [Fact]
    public void No_count_label_looks_like_a_year()
    {
        var year = new Regex(@"^(1[5-9]|2[0-9])\d\d$");
        for (var max = 1; max < 3_000_000; max = max * 11 / 10 + 1)
            foreach (var counts in new[] { new[] { max }, new[] { max, 1 } })
                foreach (var value in HistogramScale.For(counts).Gridlines(78, 12))
                    Assert.DoesNotMatch(year, HistogramScale.Compact(value));
    }
}
