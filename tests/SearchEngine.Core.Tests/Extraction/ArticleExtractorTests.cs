using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static SourceDocument Document(string text, SourceMetadata? metadata = null) =>
        new("news/story.txt", text, "hash", metadata ?? SourceMetadata.Empty);

    [Fact]
    public void Metadata_wins_over_what_the_text_says()
    {
        var article = Assert.Single(Extractor.Extract(Document(
            "Headline in the text\n(AP) — Jane Doe said the vote passed.",
            new SourceMetadata("Sidecar title", "Kansas Reflector", "2016-09-20", "Sidecar Author", "http://x.test/a"))));

        Assert.Equal("Sidecar title", article.Title);
        Assert.Equal("Kansas Reflector", article.Outlet);
        Assert.Equal(new DateOnly(2016, 9, 20), article.Date);
        Assert.Equal("Sidecar Author", article.Author);
        Assert.Equal("http://x.test/a", article.Url);
    }

    [Fact]
    public void A_metadata_section_folds_into_the_outlet_and_is_kept_as_the_section()
    {
        var article = Assert.Single(Extractor.Extract(Document("Headline\nText.", new SourceMetadata(null, "Newsmax - Opinion", null, null, null))));

        Assert.Equal("Newsmax", article.Outlet);
        Assert.Equal("Opinion", article.Section);
    }

    [Fact]
    public void A_columnist_given_as_the_outlet_is_the_author_and_the_address_names_the_outlet()
    {
        var article = Assert.Single(Extractor.Extract(Document("Headline\nText.",
            new SourceMetadata(null, "George Will", null, null, "https://www.nationalreview.com/2017/09/column/"))));

        Assert.Equal("George Will", article.Author);
        Assert.Equal("National Review", article.Outlet);
    }

    [Fact]
    public void An_unknown_outlet_value_yields_to_a_known_outlet_of_the_address_and_stands_without_one()
    {
        Assert.Equal("National Review", Assert.Single(Extractor.Extract(Document("Headline\nText.",
            new SourceMetadata(null, "Rich Lowry", null, null, "https://www.nationalreview.com/2018/01/x/")))).Outlet);
        Assert.Equal("Kansas Reflector", Assert.Single(Extractor.Extract(Document("Headline\nText.",
            new SourceMetadata(null, "Kansas Reflector", null, null, "https://kansasreflector.com/2023/x/")))).Outlet);
    }

    [Fact]
    public void A_role_given_as_the_outlet_leaves_the_publisher_to_the_text()
    {
        var article = Assert.Single(Extractor.Extract(Document("Headline\n(AP) — Jane Doe said the vote passed.",
            new SourceMetadata(null, "Guest Writer - Right", null, "Jane Roe", "http://x.test/a"))));

        Assert.Equal("Associated Press", article.Outlet);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Null(article.Section);
    }

    [Fact]
    public void The_folder_publisher_comes_after_the_sidecar_row_and_before_the_text()
    {
        const string text = "Headline\n(AP) — Jane Doe said the vote passed.";
        string? Outlet(SourceMetadata metadata) => Assert.Single(Extractor.Extract(Document(text, metadata))).Outlet;

        Assert.Equal("Reuters", Outlet(new SourceMetadata(null, "Reuters", null, null, null) { FolderOutlet = "BBC News" }));
        Assert.Equal("BBC News", Outlet(SourceMetadata.Empty with { FolderOutlet = "BBC" }));
        Assert.Equal("BBC News", Outlet(new SourceMetadata(null, "George Will", null, null, null) { FolderOutlet = "BBC News" }));
        Assert.Equal("Associated Press", Outlet(SourceMetadata.Empty));
    }

    [Fact]
    public void A_malformed_metadata_date_is_a_warning_not_a_guess()
    {
        var article = Assert.Single(Extractor.Extract(Document("Title\nBody text.", new SourceMetadata(null, null, "2019-13-45", null, null))));

        Assert.Null(article.Date);
        Assert.Contains(article.Warnings, w => w.Contains("2019-13-45"));
    }

    [Fact]
    public void The_text_fills_in_title_publisher_author_persons_and_quotes()
    {
        const string text = "Senate passes the budget\nBy Jane Smith\nWASHINGTON (Reuters) - Senator Mike Rounds said the deal was fair. “We did our job,” Rounds said, as Politico reported.";
        var article = Assert.Single(Extractor.Extract(Document(text)));

        Assert.Equal("Senate passes the budget", article.Title);
        Assert.Equal("Jane Smith", article.Author);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal(["Politico"], article.CitedOutlets);
        Assert.Contains(article.Persons, p => p.Name == "Mike Rounds" && p.Mentions.Count == 2);
        Assert.Equal("Mike Rounds", Assert.Single(article.Quotes).Speaker);
        Assert.Equal(ArticleId.For("news/story.txt"), article.Id);
        Assert.Equal(0, article.Ordinal);
        foreach (var mention in article.Persons.SelectMany(p => p.Mentions))
            Assert.Equal(mention.Text, article.Text[mention.Start..mention.End]);
    }

    [Fact]
    public void Extraction_gives_the_same_result_from_many_threads()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Report {i}\nPresident Donald Trump met Marco Rubio on day {i}. “Talks went well,” Rubio said.").ToList();
        var sequential = texts.Select(t => Extractor.Extract(Document(t))[0]).ToList();
        var parallel = new Article[texts.Count];
        Parallel.For(0, texts.Count, i => parallel[i] = Extractor.Extract(Document(texts[i]))[0]);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(sequential[i].Persons.Select(p => p.Key), parallel[i].Persons.Select(p => p.Key));
            Assert.Equal(sequential[i].Quotes.Select(q => q.Speaker), parallel[i].Quotes.Select(q => q.Speaker));
        }
    }
}
