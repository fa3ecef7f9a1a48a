using SearchEngine.Core.Search;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Tests.Search;

/// <summary>The "+N more" line of a grouped row names an outlet only for the articles that are from it.</summary>
public sealed class MoreSummaryTests
{
    private static IReadOnlyList<ArticleSummary> From(params string?[] outlets) =>
        [.. outlets.Select((outlet, i) => new ArticleSummary($"{i:x16}", $"Title {i}", outlet, null))];

    [Theory]
    [InlineData("+1 more from Newsmax", "Newsmax")]
    [InlineData("+2 more from Newsmax", "Newsmax", "newsmax")]
    [InlineData("+2 more: 1 from Fox News, 1 from Newsmax", "Newsmax", "Fox News")]
    [InlineData("+2 more: 1 from Newsmax, 1 outlet unknown", "Newsmax", null)]
    [InlineData("+3 more: 2 from Newsmax, 1 from Fox News", "Newsmax", "Fox News", "Newsmax")]
    [InlineData("+2 more, outlet unknown", null, "")]
    [InlineData("+3 more: 1 from AP, 1 from CNN, 1 from NPR", "NPR", "CNN", "AP")]
    [InlineData("+4 more from 4 outlets", "NPR", "CNN", "AP", "BBC")]
    [InlineData("+4 more: 3 from 3 outlets, 1 outlet unknown", "NPR", "CNN", "AP", null)]
    [InlineData("+3 more: 1 from CNN, 1 from NPR, 1 outlet unknown", "NPR", "CNN", null)]
    public void The_line_says_how_many_come_from_each_outlet(string expected, params string?[] outlets) =>
        Assert.Equal(expected, MoreSummary.Describe(From(outlets)));
}
