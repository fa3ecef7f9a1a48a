using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class PageChromeTests
{
    [Theory]
    [InlineData("Leave a Comment")]
    [InlineData("leave a reply")]
    [InlineData("12 Comments")]
    [InlineData("No comments")]
    [InlineData("Comments (3)")]
    [InlineData("Comments are closed.")]
    [InlineData("Join the conversation")]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("Share:")]
    [InlineData("Facebook Twitter LinkedIn Email")]
    [InlineData("Share | Tweet | Print")]
    [InlineData("Follow us on Instagram")]
    [InlineData("Follow @Reuters")]
    [InlineData("Follow Jane Smith on X")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("Subscribe now")]
    [InlineData("Advertisement")]
    [InlineData("Read more »")]
    [InlineData("Continue reading…")]
    [InlineData("Tags: Ukraine, Russia, peace")]
    [InlineData("comm comm comm")]
    [InlineData("  * * *  ")]
    [InlineData("———")]
    public void Page_furniture_is_recognised(string line) => Assert.True(PageChrome.IsChromeLine(line));

    [Theory]
    [InlineData("A spokesman declined to comment.")]
    [InlineData("Comments from the minister were not available on Sunday.")]
    [InlineData("Share prices, she said, will follow.")]
    [InlineData("Follow the money.")]
    [InlineData("Readers left more than 300 comments under the first report.")]
    [InlineData("Subscribers to the scheme were told on Monday.")]
    [InlineData("Talks resume Monday.")]
    [InlineData("Barak Ravid")]
    [InlineData("Never, never, never.")]
    [InlineData("No no")]
    [InlineData("”")]
    [InlineData("")]
    public void Prose_and_names_are_not(string line) => Assert.False(PageChrome.IsChromeLine(line));
}
