using AngleSharp.Html.Parser;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using SearchEngine.Web.Coverage;

namespace SearchEngine.Web.Tests.Coverage;

/// <summary>The coverage page's lines: singular and plural, unknown outlets and dates left out, no likeness for the origin.</summary>
public sealed class CoverageWordsTests
{
    private static RelatedArticle Member(int i, string? outlet, DateOnly? date, double similarity) =>
        new(new ArticleSummary($"{i:x16}", $"Title {i}", outlet, date), DuplicateLevel.Story, similarity);

    /// <summary>The notes as a reader sees them: the text of the markup, joined as the page joins them.</summary>
    private static string Notes(RelatedArticle member, bool isOrigin) =>
        string.Join(" · ", CoveragePage.MemberNotes(member, isOrigin).Select(note => new HtmlParser().ParseDocument(note.Value).Body!.TextContent));

    [Fact]
    public void One_outlet_is_singular_and_an_unknown_date_is_left_out()
    {
        var cluster = new CoverageCluster(DuplicateLevel.Story, [Member(1, "Newsmax", null, 1), Member(2, "Newsmax", null, 0.4)], 1);
        Assert.Equal(["2 articles", "1 outlet: Newsmax", "1 of 2 matches the search"], CoveragePage.Summary(cluster, hasQuery: true));
    }

    [Fact]
    public void No_known_outlet_is_left_out_and_without_a_query_nothing_is_said_of_matching()
    {
        var cluster = new CoverageCluster(DuplicateLevel.Near, [Member(1, null, new(2024, 2, 3), 1), Member(2, null, null, 0.9), Member(3, null, new(2024, 2, 1), 0.85)], 3);
        Assert.Equal(["3 articles", "first published 1 Feb 2024"], CoveragePage.Summary(cluster, hasQuery: false));
        Assert.Equal(["3 articles", "first published 1 Feb 2024", "all match the search"], CoveragePage.Summary(cluster, hasQuery: true));
    }

    [Fact]
    public void The_origin_is_called_so_and_the_others_say_how_like_it_they_are()
    {
        Assert.Equal("Newsmax · 3 Feb 2024 · origin", Notes(Member(1, "Newsmax", new(2024, 2, 3), 1), isOrigin: true));
        Assert.Equal("unknown outlet · 87% like the origin", Notes(Member(2, null, null, 0.866), isOrigin: false));
        Assert.Equal("CNN · linked through other articles", Notes(Member(3, "CNN", null, 0), isOrigin: false));
    }
}
