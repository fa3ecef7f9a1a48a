using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class BylineExtractorTests
{
    [Theory]
    [InlineData("By Anne Applebaum", "Anne Applebaum")]
    [InlineData("By Phillips Payson O’Brien", "Phillips Payson O’Brien")]
    [InlineData("By Barbara Sprunt and Domenico Montanaro", "Barbara Sprunt and Domenico Montanaro")]
    [InlineData("By Jane Doe, Associated Press", "Jane Doe")]
    public void By_lines_give_the_author(string line, string author) => Assert.Equal(author, BylineExtractor.FromByLine(line));

    [Theory]
    [InlineData("By contrast, several exchanges released data.")]
    [InlineData("By early Monday, Nate had weakened.")]
    [InlineData("By Wednesday")]
    public void Sentences_starting_with_by_are_not_bylines(string line) => Assert.Null(BylineExtractor.FromByLine(line));

    [Fact]
    public void Written_by_lines_give_a_name_only_when_they_have_one()
    {
        Assert.Null(BylineExtractor.FromWrittenBy("Written by  //  November 24, 2025  //  Russia"));
        Assert.Equal("Jane Doe", BylineExtractor.FromWrittenBy("Written by Jane Doe // November 24, 2025"));
    }

    [Fact]
    public void An_opinion_title_names_its_author()
    {
        Assert.True(BylineExtractor.TrySplitNameHeadline("Timothy Snyder: Russian Unreality and American Weakness", out var author, out var headline));
        Assert.Equal("Timothy Snyder", author);
        Assert.Equal("Russian Unreality and American Weakness", headline);
        Assert.False(BylineExtractor.TrySplitNameHeadline("Zoom in: The plan’s 28 points fall into four buckets", out _, out _));
    }

    [Fact]
    public void A_signature_line_is_a_name_alone()
    {
        Assert.Equal("Barak Ravid", BylineExtractor.FromNameLine("Barak Ravid"));
        Assert.Null(BylineExtractor.FromNameLine("Proposal Details"));
        Assert.Equal("Martin Schorsch", BylineExtractor.FromTrailingBy("Comment posted on LinkedIn by Martin Schorsch"));
    }
}
