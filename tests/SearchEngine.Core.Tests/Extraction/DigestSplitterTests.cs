using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class DigestSplitterTests
{
    private const string Digest = """
        Weekly Round-up

        Written by  //  March 10, 2024  //  Politics

        8 March
        Senate passes the budget after a long night
        (AP) — The Senate passed the budget early on Friday after an all-night session in which both parties traded blame for the delay and several amendments failed.
        Leaders said the vote would avert a shutdown for now.

        Jane Smith: Why the budget fight is not over
        The deal papers over deep differences
        The budget passed, but the fight over spending is only beginning, and the next deadline arrives in the autumn with the same unresolved questions about the deficit.

        9 March
        Markets shrug off the budget news
        By Tom Brown
        (Reuters) - Stocks were little changed on Saturday as investors looked past the budget deal and focused on inflation data due next week from the labour department.

        Leave a Comment
        """;

    [Fact]
    public void Digest_file_is_split_into_one_article_per_excerpt()
    {
        var excerpts = DigestSplitter.Default.Split(Digest);

        Assert.NotNull(excerpts);
        Assert.Equal(
            ["Senate passes the budget after a long night", "Why the budget fight is not over", "Markets shrug off the budget news"],
            excerpts.Select(e => e.Title));
        Assert.Equal(["Associated Press", null, "Reuters"], excerpts.Select(e => e.Outlet));
        Assert.Equal([null, "Jane Smith", "Tom Brown"], excerpts.Select(e => e.Author));
        Assert.Equal([new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 9)], excerpts.Select(e => e.Date));
        Assert.DoesNotContain("Leave a Comment", excerpts[^1].Text);
    }

    [Fact]
    public void Comment_share_and_follow_lines_at_an_excerpt_s_edges_are_left_out()
    {
        const string digest = """
            Weekly Round-up

            8 March
            Senate passes the budget after a long night
            (AP) — The Senate passed the budget early on Friday after an all-night session in which both parties traded blame for the delay and several amendments failed.
            Leaders said the vote would avert a shutdown for now.
            Share this article
            Facebook Twitter Email

            Jane Smith: Why the budget fight is not over
            Advertisement
            The budget passed, but the fight over spending is only beginning, and the next deadline arrives in the autumn with the same unresolved questions about the deficit.
            Follow Jane Smith on Twitter

            12 Comments

            * * *

            9 March
            Markets shrug off the budget news
            By Tom Brown
            (Reuters) - Stocks were little changed on Saturday as investors looked past the budget deal and focused on inflation data due next week from the labour department.

            Leave a Reply

            foo foo foo

            Archives
            """;

        var excerpts = DigestSplitter.Default.Split(digest);

        Assert.NotNull(excerpts);
        Assert.Equal(3, excerpts.Count);
        Assert.EndsWith("would avert a shutdown for now.", excerpts[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The budget passed", excerpts[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("questions about the deficit.", excerpts[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("from the labour department.", excerpts[2].Text, StringComparison.Ordinal);
        Assert.Equal([null, "Jane Smith", "Tom Brown"], excerpts.Select(e => e.Author));
    }

    [Fact]
    public void A_last_sentence_that_speaks_of_comments_or_sharing_is_kept()
    {
        const string digest = """
            Weekly Round-up

            8 March
            Senate passes the budget after a long night
            (AP) — The Senate passed the budget early on Friday after an all-night session in which both parties traded blame for the delay and several amendments failed.
            A spokesman declined to comment.

            Jane Smith: Why the budget fight is not over
            The budget passed, but the fight over spending is only beginning, and the next deadline arrives in the autumn with the same unresolved questions about the deficit.
            Share prices, she said, will follow.

            9 March
            Markets shrug off the budget news
            By Tom Brown
            (Reuters) - Stocks were little changed on Saturday as investors looked past the budget deal and focused on inflation data due next week from the labour department.
            Follow the money.
            """;

        var excerpts = DigestSplitter.Default.Split(digest);

        Assert.NotNull(excerpts);
        Assert.Equal(
            ["A spokesman declined to comment.", "Share prices, she said, will follow.", "Follow the money."],
            excerpts.Select(e => e.Text.Split('\n')[^1]));
    }

    [Fact]
    public void An_article_with_sub_headings_is_never_split()
    {
        const string article = """
            Trump’s Plan To End Russia War

            The United States may be preparing for one of the most significant foreign-policy shifts in over a decade.

            Trump Sends High-Level Envoys to Moscow

            Sources say President Donald Trump has taken a direct role in the effort, sending envoys to Moscow.

            Recognition Still on the Table

            Earlier drafts reportedly contained recognition of Russian control over Crimea and the Donbas region.
            """;

        Assert.Null(DigestSplitter.Default.Split(article));
    }

    [Fact]
    public void An_ordinary_wire_story_with_a_byline_and_dateline_is_not_a_digest()
    {
        const string article = """
            Senate passes the budget
            By Jane Smith
            WASHINGTON (AP) — The Senate passed the budget early on Friday after an all-night session.
            Leaders said the vote would avert a shutdown for now, though talks continue.
            """;

        Assert.Null(DigestSplitter.Default.Split(article));
    }
}
