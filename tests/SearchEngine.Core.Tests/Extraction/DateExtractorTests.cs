using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class DateExtractorTests
{
    [Theory]
    [InlineData("2016-09-20", 2016, 9, 20)]
    [InlineData("26-FEB-1987 15:01:01.79", 1987, 2, 26)]
    [InlineData("November 24, 2025", 2025, 11, 24)]
    [InlineData("Sept. 9, 2017", 2017, 9, 9)]
    [InlineData("22nd November 2025", 2025, 11, 22)]
    public void Sidecar_and_header_formats_parse(string raw, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NewsDate.TryParse(raw));

    [Theory]
    [InlineData("9/6/17")]
    [InlineData("2019-02-30")]
    [InlineData("date")]
    [InlineData("Friday")]
    [InlineData("")]
    public void Malformed_or_relative_dates_are_not_guessed(string raw) => Assert.Null(NewsDate.TryParse(raw));

    [Fact]
    public void A_written_by_header_line_gives_the_date()
    {
        var warnings = new List<string>();
        var date = DateExtractor.FromHeader("U.S. – Russia Ukraine Peace Plan\n\nWritten by  //  November 24, 2025  //  Russia  //  No comments\n", warnings);

        Assert.Equal(new DateOnly(2025, 11, 24), date);
        Assert.Empty(warnings);
    }

    [Fact]
    public void An_impossible_header_date_becomes_a_warning()
    {
        var warnings = new List<string>();
        Assert.Null(DateExtractor.FromHeader("Published February 30, 2024\nText follows.", warnings));
        Assert.Single(warnings);
    }

    [Fact]
    public void Relative_day_names_in_text_give_no_date()
    {
        Assert.Null(DateExtractor.FromHeader("Moscow confirmed Friday it had received the plan.", []));
    }

    [Fact]
    public void A_day_heading_takes_its_year_from_the_document_date()
    {
        Assert.True(DateExtractor.IsDayMonthHeading("18 November", out var dayMonth));
        Assert.Equal(new DateOnly(2025, 11, 18), NewsDate.WithYearFrom(dayMonth, new DateOnly(2025, 11, 24)));
        Assert.Equal(new DateOnly(2024, 12, 30), NewsDate.WithYearFrom("30 December", new DateOnly(2025, 1, 3)));
        Assert.False(DateExtractor.IsDayMonthHeading("18 November talks failed", out _));
    }
}
