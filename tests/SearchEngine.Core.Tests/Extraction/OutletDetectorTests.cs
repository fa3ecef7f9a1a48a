using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class OutletDetectorTests
{
    private static OutletFindings Detect(string text, string? publisher = null) => OutletDetector.Default.Detect(text, publisher);

    [Fact]
    public void A_copyright_line_names_the_publisher()
    {
        Assert.Equal("Newsmax", Detect("Talks went on.\n© 2025 Newsmax. All rights reserved.").Publisher);
        Assert.Equal("The Washington Times", Detect("Text.\nCopyright © 2019 The Washington Times, LLC. Click here.").Publisher);
    }

    [Theory]
    [InlineData("(AP) — Top U.S. officials said Sunday they had made progress.", "Associated Press")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "Reuters")]
    [InlineData("(The Guardian) As discussions began in Geneva, leaders met.", "The Guardian")]
    [InlineData("(Telegraph UK) Seldom has there been a more glaring contrast.", "The Telegraph")]
    [InlineData("Secret Talks Led to Plan\nTakeaways by Bloomberg AI\n– The plan was negotiated.", "Bloomberg")]
    [InlineData("By Jane Doe, Associated Press\nThe vote passed.", "Associated Press")]
    [InlineData("The company said profits rose.\n Reuter", "Reuters")]
    [InlineData("SANTA ROSA, Calif. (Reuters) - Fast-moving wildfires raged.", "Reuters")]
    [InlineData("WASHINGTON, D.C., March 3 (Reuters) - The Senate voted.", "Reuters")]
    [InlineData("Critics fault appointment\n\nTom Vanden Brook\n\nUSA TODAY\n\nWASHINGTON — The decision enraged critics.", "USA Today")]
    [InlineData("Shutdown, day 2\n\nDavid Jackson and Bart Jansen\n\nUSA TODAY\n\nWASHINGTON – The shutdown went on.", "USA Today")]
    [InlineData("Consoles go HD\n\n\"HD is mandatory,\" Dr Mark Tuffy told the BBC News website.", "BBC News")]
    public void Source_tags_datelines_credits_and_signatures_name_the_publisher(string text, string expected) =>
        Assert.Equal(expected, Detect(text).Publisher);

    [Fact]
    public void An_unknown_source_tag_is_kept_as_written()
    {
        Assert.Equal("Kansas Reflector", Detect("(Kansas Reflector) — Lawmakers met on Monday.").Publisher);
    }

    [Theory]
    [InlineData("Taunts over the wall\n\nThe president invited leaders to a briefing on Wednesday.\n\nAP\n\nAfter 11 days, talks resumed.")]
    [InlineData("Nuclear talks\n\nThe envoy told the Tasnim news website that talks would go on.")]
    [InlineData("Nuclear talks\n\nThe envoy told the BBC that talks would go on.")]
    [InlineData("DOME BID - REPORT\n\nTransCanada raised its offer, according to a report on the\nCanadian Broadcasting Corp\n(CBC).\nDome said no.")]
    [InlineData("BANKS FILE SUIT\n\nCitibank and Arab Banking Corp\n(ABC) and the Bank of Bahrain filed claims.")]
    [InlineData("CANADIAN PACIFIC (CP) CONFIRMS EARNINGS\n\nCanadian Pacific Ltd said profit rose.")]
    public void An_outlet_line_away_from_the_byline_an_unknown_website_or_an_acronym_in_a_sentence_names_no_publisher(string text) =>
        Assert.Null(Detect(text).Publisher);

    [Fact]
    public void Cited_outlets_are_never_the_publisher()
    {
        var findings = Detect(
            "The move would mark a shift, The Telegraph reported Friday. A Russian official told Axios he was optimistic, according to Reuters.");

        Assert.Null(findings.Publisher);
        Assert.Equal(["The Telegraph", "Axios", "Reuters"], findings.Cited);
    }

    [Fact]
    public void An_outlet_merely_named_is_not_cited()
    {
        var findings = Detect("Apple sued Microsoft. The Atlantic Ocean is wide and Time will tell.");

        Assert.Empty(findings.Cited);
    }

    [Fact]
    public void Metadata_publisher_wins_and_is_normalised_when_known()
    {
        Assert.Equal("Kansas Reflector", Detect("(AP) — Text.", "Kansas Reflector").Publisher);
        Assert.Equal("CNN", Detect("(AP) — Text.", "CNN.com").Publisher);
    }
}
