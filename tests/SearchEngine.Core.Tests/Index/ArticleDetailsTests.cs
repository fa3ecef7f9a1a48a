using SearchEngine.Core.Extraction;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Index;

public sealed class ArticleDetailsTests
{
    [Fact]
    public void Quote_speakers_are_read_in_order_with_null_where_a_quote_has_none()
    {
        var article = new Article
        {
            Id = "x", SourcePath = "x.txt", Title = "t", ContentHash = "h", Text = "text",
            // Persons come first in the stored JSON and carry their own nested arrays, which the reader must skip.
            Persons = [new Person("Marco Rubio", "marco-rubio", ["Rubio"], [new Mention("Rubio", 0, 5), new Mention("Marco Rubio", 9, 20)])],
            Quotes =
            [
                new Quote("We want \"peace\"", "Marco Rubio", 0, 10),
                new Quote("No comment", null, 20, 30),
                new Quote("speaker: nobody", "Jane \u00d3 Doe", 40, 50),
            ],
            CitedOutlets = ["Axios"],
            Warnings = ["quotes: none"],
        };
        var stored = ArticleDetails.Serialize(article);

        var speakers = ArticleDetails.QuoteSpeakers(stored);

        Assert.Equal(ArticleDetails.Deserialize(stored).Quotes.Select(q => q.Speaker), speakers);
        Assert.Equal(["Marco Rubio", null, "Jane \u00d3 Doe"], speakers);
    }

    [Fact]
    public void An_article_without_quotes_has_no_speakers()
    {
        var article = new Article { Id = "x", SourcePath = "x.txt", Title = "t", ContentHash = "h", Text = "text" };
        Assert.Empty(ArticleDetails.QuoteSpeakers(ArticleDetails.Serialize(article)));
    }
}
