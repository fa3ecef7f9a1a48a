using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class WireTagsTests
{
    [Theory]
    [InlineData("(CORRECTED) - BANPONCE <BDEP> PLACES NOTES", "BANPONCE <BDEP> PLACES NOTES")]
    [InlineData("(CORRECTED)-IVORY COAST CONFIRMS PRESENCE AT TALKS", "IVORY COAST CONFIRMS PRESENCE AT TALKS")]
    [InlineData("CORRECTED - GM SEES RISE IN EUROPEAN SALES", "GM SEES RISE IN EUROPEAN SALES")]
    [InlineData("CORRECTED-HECLA <HL> TO BUY MINE STAKE FROM BP", "HECLA <HL> TO BUY MINE STAKE FROM BP")]
    [InlineData("(RPT) U.S. SAYS TIN DISPOSALS WILL NOT AFFECT ACCORD", "U.S. SAYS TIN DISPOSALS WILL NOT AFFECT ACCORD")]
    [InlineData("REFILE-UPDATE 2-Oil prices rise", "Oil prices rise")]
    [InlineData("LONDON - Oil prices rise", "LONDON - Oil prices rise")]
    [InlineData("Update on the talks - what we know", "Update on the talks - what we know")]
    [InlineData("(NISSAN MOTOR) LATE FEBRUARY U.S. CAR SALES UP", "(NISSAN MOTOR) LATE FEBRUARY U.S. CAR SALES UP")]
    [InlineData("CORRECTED", "CORRECTED")]
    public void Leading_wire_tags_come_off_a_title(string title, string expected) =>
        Assert.Equal(expected, WireTags.Strip(title));

    [Theory]
    [InlineData("(CORRECTED) - BANPONCE PLACES NOTES\n\nBanPonce Corp said it placed notes.\n Reuter")]
    [InlineData("GRAIN SALES\n\nTaiwan bought soybeans.\n    (Continued) - The India State Trading Corp bought oil.\n Reuter")]
    public void A_wire_tag_is_never_the_publisher(string text)
    {
        var article = Assert.Single(new ArticleExtractor().Extract(new SourceDocument("a.txt", text, "h", SourceMetadata.Empty)));

        Assert.Equal("Reuters", article.Outlet);
        Assert.DoesNotContain("CORRECTED", article.Title);
    }
}
