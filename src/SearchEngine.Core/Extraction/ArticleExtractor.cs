using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Turns a decoded file into articles. Metadata from the sidecar or front matter wins over what the text says.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Changes whenever extraction rules change, so the indexer re-extracts every file once.</summary>
    public const string Version = "1";

    /// <summary>Extracts the article (or, for a digest, the excerpts) a document holds.</summary>
    public IReadOnlyList<Article> Extract(SourceDocument document)
    {
        var warnings = new List<string>();
        var text = document.Text.Trim('\n', ' ', '\t', '\uFEFF');
        var (headline, body) = SplitHeadline(text);
        var title = document.Metadata.Title ?? headline ?? LedeTitle(body);
        var bodyText = headline is null ? text : body;

        DateOnly? date = null;
        if (document.Metadata.Date is { Length: > 0 } rawDate)
        {
            date = NewsDate.TryParse(rawDate);
            if (date is null) warnings.Add($"malformed date '{rawDate}'");
        }

        return
        [
            new Article
            {
                Id = ArticleId.For(document.RelativePath),
                SourcePath = document.RelativePath,
                Title = title,
                Text = bodyText,
                Outlet = Clean(document.Metadata.Outlet),
                Date = date,
                Author = Clean(document.Metadata.Author),
                Url = Clean(document.Metadata.Url),
                ContentHash = document.ContentHash,
                Warnings = warnings,
            },
        ];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The first line is a headline when it is short, has no sentence end, and text follows it.</summary>
    private static (string? Headline, string Body) SplitHeadline(string text)
    {
        var newline = text.IndexOf('\n');
        if (newline < 0) return (null, text);
        var first = text[..newline].Trim();
        var rest = text[(newline + 1)..].TrimStart('\n', ' ', '\t');
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var looksLikeHeadline = first.Length is > 0 and <= 200 && words <= 25 && rest.Length > 0
            && !(first.EndsWith('.') && words > 12);
        return looksLikeHeadline ? (first, rest) : (null, text);
    }

    /// <summary>A readable title from the lede: its first sentence, cut at a word boundary.</summary>
    internal static string LedeTitle(string body)
    {
        var firstLine = body.Split('\n', 2)[0].Trim();
        var end = firstLine.IndexOfAny(['.', '!', '?']);
        var sentence = end > 20 ? firstLine[..(end + 1)] : firstLine;
        const int max = 120;
        if (sentence.Length <= max) return sentence;
        var cut = sentence.LastIndexOf(' ', max);
        return sentence[..(cut > 40 ? cut : max)] + "…";
    }
}
