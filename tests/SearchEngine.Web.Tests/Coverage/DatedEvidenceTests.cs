using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Coverage;

/// <summary>The evidence for two dated articles that share a passage (<see cref="NewsCorpus"/>'s ferry reports, a day apart).</summary>
public sealed class DatedEvidenceTests(NewsApp app) : IClassFixture<NewsApp>
{
    [Fact]
    public async Task Compare_says_how_far_apart_the_two_were_published_and_how_much_is_copied()
    {
        var (a, b) = (await app.IdOf("d8.txt"), await app.IdOf("d9.txt"));
        var (_, page) = await app.GetPage($"/compare/{a}/{b}");

        var reasons = page.QuerySelectorAll("section.evidence .evidence-for li").Select(li => li.TextContent).ToList();
        Assert.Contains("Published 1 day apart", reasons);
        var words = page.QuerySelectorAll("mark.shared").Take(1).Sum(m => m.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"1 copied passage, {words} words in all, highlighted below", reasons);
    }

    [Fact]
    public async Task The_one_line_reason_names_the_copied_words_and_the_days_apart()
    {
        var (a, b) = (await app.IdOf("d8.txt"), await app.IdOf("d9.txt"));
        var (_, page) = await app.GetPage($"/articles/{a}");

        var reason = page.QuerySelector($"section.duplicates a.reason[href='/compare/{a}/{b}']")!.TextContent;
        Assert.Matches(@"^\d+ words copied · 1 day apart$", reason);
    }
}
