using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class TitleExtractorTests
{
    [Fact]
    public void A_short_first_line_is_the_headline()
    {
        var (headline, body) = TitleExtractor.SplitHeadline("Trump’s Plan To End Russia War\n\nThe United States may be preparing a shift.");

        Assert.Equal("Trump’s Plan To End Russia War", headline);
        Assert.Equal("The United States may be preparing a shift.", body);
    }

    [Fact]
    public void A_long_first_sentence_is_not_a_headline_and_the_title_comes_from_the_lede()
    {
        const string text = "The United States is reportedly prepared to recognize Russia's control over Crimea and other Ukrainian territories currently occupied by Russian forces as part of a proposed peace deal.\nMore text.";
        var (headline, _) = TitleExtractor.SplitHeadline(text);
        var title = TitleExtractor.FromLede(text);

        Assert.Null(headline);
        Assert.True(title.Length <= 111, title);
        Assert.EndsWith("…", title);
        Assert.StartsWith("The United States is reportedly prepared", title);
    }

    [Fact]
    public void An_abbreviation_does_not_end_the_lede_sentence()
    {
        Assert.Equal("The U.S. Senate met on Monday in Washington.", TitleExtractor.FromLede("The U.S. Senate met on Monday in Washington. Then it left."));
    }
}
