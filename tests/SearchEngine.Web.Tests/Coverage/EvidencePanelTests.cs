using AngleSharp.Html.Parser;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Web.Coverage;

namespace SearchEngine.Web.Tests.Coverage;

public sealed class EvidencePanelTests
{
    [Fact]
    public void The_panel_shows_markup_in_quotes_and_names_as_text()
    {
        const string quote = "we will <script>alert(1)</script> rebuild the <b>harbor</b> wall";
        var a = Article("a", $"The mayor said “{quote}” at the pier.", quote);
        var b = Article("b", $"“{quote},” the mayor told reporters.", quote);

        var html = EvidencePanel.Render(a, b, StoryExplainer.Explain(a, b)).Value;
        var panel = new HtmlParser().ParseDocument(html).QuerySelector("section.evidence")!;

        Assert.Empty(panel.QuerySelectorAll("script, b"));
        Assert.Contains(panel.QuerySelectorAll(".evidence-quote"), q => q.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_articles_with_nothing_in_common_say_so()
    {
        var a = Article("a", "Harbor dredging starts next week.", null);
        var b = Article("b", "A new library opens downtown.", null);

        var html = EvidencePanel.Render(a, b, StoryExplainer.Explain(a, b)).Value;
        Assert.Contains("little in common", new HtmlParser().ParseDocument(html).QuerySelector("section.evidence")!.TextContent, StringComparison.Ordinal);
    }

    private static Article Article(string id, string text, string? quote) => new()
    {
        Id = id,
        SourcePath = id + ".txt",
        Title = id,
        Text = text,
        ContentHash = id,
        Quotes = quote is null ? [] : [new Quote(quote, "Mayor Dana Holt", text.IndexOf(quote, StringComparison.Ordinal), text.IndexOf(quote, StringComparison.Ordinal) + quote.Length)],
    };
}
