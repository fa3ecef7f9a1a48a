using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Turns a decoded file into articles: one for an ordinary file, one per excerpt for a digest. Metadata from the sidecar
/// or front matter wins over what the text says; the text fills what metadata leaves empty (title, publisher, date,
/// author), and always gives the persons, quotes and cited outlets. Stateless and thread-safe: one instance can serve
/// every indexing thread.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Changes whenever extraction rules change, so the indexer re-extracts every file once.</summary>
    public const string Version = "6";

    private readonly OutletDetector _outlets;
    private readonly OutletDirectory _directory;
    private readonly OutletValueReader _outletValues;
    private readonly DigestSplitter _digests;
    private readonly PersonRecognizer _persons = new();
    private readonly QuoteExtractor _quotes = new();

    /// <summary>
    /// The words of the article being extracted on this thread: persons and quotes read them, nothing keeps them, so the
    /// next article refills the same list instead of allocating one as long as its text.
    /// </summary>
    [ThreadStatic] private static List<WordToken>? t_tokens;

    /// <summary>A list grown this large by one very long text is dropped rather than kept for every later article.</summary>
    private const int MaxReusedTokens = 1 << 16;

    public ArticleExtractor() : this(OutletDirectory.Default) { }

    /// <summary>An extractor normalising outlets through <paramref name="directory"/>.</summary>
    public ArticleExtractor(OutletDirectory directory)
    {
        _outlets = directory == OutletDirectory.Default ? OutletDetector.Default : new OutletDetector(directory);
        _outletValues = directory == OutletDirectory.Default ? OutletValueReader.Default : new OutletValueReader(directory);
        _directory = directory;
        _digests = new DigestSplitter(_outlets);
    }

    /// <summary>Extracts the article (or, for a digest, the excerpts) a document holds.</summary>
    public IReadOnlyList<Article> Extract(SourceDocument document)
    {
        var metadata = document.Metadata;
        var warnings = new List<string>();
        var text = HoverCardText.Remove(document.Text.Trim('\n', ' ', '\t', '\uFEFF'));

        DateOnly? metadataDate = null;
        if (metadata.Date is { Length: > 0 } rawDate && !string.IsNullOrWhiteSpace(rawDate))
        {
            metadataDate = NewsDate.TryParse(rawDate);
            if (metadataDate is null) warnings.Add($"malformed date '{rawDate.Trim()}'");
        }

        var excerpts = _digests.Split(text, metadataDate);
        if (excerpts is not null) return FromDigest(document, excerpts, metadataDate, warnings);
        return [FromSingle(document, text, metadataDate, warnings)];
    }

    private Article FromSingle(SourceDocument document, string text, DateOnly? metadataDate, List<string> warnings)
    {
        var metadata = document.Metadata;
        var (headline, body) = TitleExtractor.SplitHeadline(text);
        string? titleAuthor = null;
        // "Timothy Snyder: Russian Unreality" is a column's byline; "Rand Paul: …" over a story about Rand Paul is a quote
        if (headline is not null && BylineExtractor.TrySplitNameHeadline(headline, out var opinionAuthor, out var opinionHeadline)
            && !BylineExtractor.NamedAgain(body, opinionAuthor, 0))
        {
            titleAuthor = opinionAuthor;
            headline = opinionHeadline;
        }
        var bodyText = headline is null ? text : body;
        var title = WireTags.Strip(Clean(metadata.Title) ?? headline ?? TitleExtractor.FromLede(bodyText));

        var date = metadataDate;
        if (date is null && metadata.Date is null or { Length: 0 }) date = DateExtractor.FromHeader(bodyText, warnings);

        var given = GivenOutlet(metadata);
        var author = Clean(metadata.Author) ?? given.Person ?? HeaderAuthor(bodyText) ?? titleAuthor;
        var outlets = _outlets.Detect(text, given.Outlet);
        // both read the same words: tokenise once
        var tokens = ReusedTokens(bodyText);
        var persons = _persons.Recognize(bodyText, tokens);
        var quotes = _quotes.Extract(bodyText, tokens, persons, author);

        return new Article
        {
            Id = ArticleId.For(document.RelativePath),
            SourcePath = document.RelativePath,
            Title = title,
            Text = bodyText,
            Outlet = outlets.Publisher,
            Section = given.Section,
            CitedOutlets = outlets.Cited,
            Date = date,
            Author = author,
            Url = Clean(metadata.Url),
            Persons = persons,
            Quotes = quotes,
            ContentHash = document.ContentHash,
            Warnings = warnings,
        };
    }

    private List<Article> FromDigest(SourceDocument document, IReadOnlyList<DigestExcerpt> excerpts, DateOnly? metadataDate, List<string> fileWarnings)
    {
        var articles = new List<Article>(excerpts.Count);
        var given = GivenOutlet(document.Metadata);
        for (var i = 0; i < excerpts.Count; i++)
        {
            var excerpt = excerpts[i];
            // an excerpt's own source tag names its publisher; the file's metadata fills what the excerpt does not say
            var outlets = _outlets.Detect(excerpt.Text, excerpt.Outlet ?? given.Outlet);
            var tokens = ReusedTokens(excerpt.Text);
            var persons = _persons.Recognize(excerpt.Text, tokens);
            articles.Add(new Article
            {
                Id = ArticleId.For(document.RelativePath, i + 1),
                SourcePath = document.RelativePath,
                Ordinal = i + 1,
                Title = excerpt.Title,
                Text = excerpt.Text,
                Outlet = outlets.Publisher,
                Section = excerpt.Outlet is null ? given.Section : null,
                CitedOutlets = outlets.Cited,
                Date = excerpt.Date ?? metadataDate,
                Author = excerpt.Author ?? Clean(document.Metadata.Author) ?? given.Person,
                Url = Clean(document.Metadata.Url),
                Persons = persons,
                Quotes = _quotes.Extract(excerpt.Text, tokens, persons, excerpt.Author),
                ContentHash = document.ContentHash,
                Warnings = [.. fileWarnings, .. excerpt.Warnings],
            });
        }
        return articles;
    }

    /// <summary>
    /// The publisher metadata gives: the outlet value when it is a known outlet (a section folded off); else the known
    /// outlet whose web domain the URL is on; else the value as written, unless it names a columnist (kept as the
    /// author) or a role; else the publisher the folder states. Null when none does: the text decides.
    /// </summary>
    private OutletValue GivenOutlet(SourceMetadata metadata)
    {
        var given = _outletValues.Read(metadata.Outlet);
        if (given.Outlet is not null && _directory.Find(given.Outlet) is not null) return given;
        if (_directory.FindByAddress(metadata.Url) is { } byAddress) return given with { Outlet = byAddress };
        if (given.Outlet is not null) return given;
        var folder = _outletValues.Read(metadata.FolderOutlet);
        return given with { Outlet = folder.Outlet, Section = given.Section ?? folder.Section };
    }

    /// <summary>An author named in the first lines: "By …", "Written by …", or a line holding only a name.</summary>
    private static string? HeaderAuthor(string body)
    {
        var lines = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body[range].Trim();
            if (line.Length == 0) continue;
            if (++lines > 5) break;
            var author = BylineExtractor.FromByLine(line) ?? BylineExtractor.FromWrittenBy(line);
            if (author is not null) return author;
            // a line holding only a name is a byline when the story does not go on to talk about that person
            if (lines <= 2 && BylineExtractor.FromNameLine(line) is { } name && !BylineExtractor.NamedAgain(body, name, range.End.GetOffset(body.Length)))
                return name;
        }
        return null;
    }

    private static List<WordToken> ReusedTokens(string text)
    {
        if (t_tokens is null || t_tokens.Capacity > MaxReusedTokens) t_tokens = new List<WordToken>(Math.Max(1024, text.Length / 5));
        WordTokenizer.Tokenize(text, t_tokens);
        return t_tokens;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
