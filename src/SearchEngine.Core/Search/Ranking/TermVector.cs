using System.Runtime.InteropServices;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Search.Ranking;

/// <summary>An article's terms with their counts per ranked field, and each field's length in terms.</summary>
public sealed record TermVector(IReadOnlyDictionary<string, FieldCounts> Terms, int TitleLength, int BodyLength, int QuoteLength)
{
    public static TermVector Of(Article article)
    {
        var terms = new Dictionary<string, FieldCounts>(StringComparer.Ordinal);
        var title = Count(article.Title, RankedField.Title, terms);
        var body = Count(article.Text, RankedField.Body, terms);
        var quote = 0;
        foreach (var q in article.Quotes) quote += Count(q.Text, RankedField.Quote, terms);
        return new TermVector(terms, title, body, quote);
    }

    private static int Count(string text, RankedField field, Dictionary<string, FieldCounts> terms)
    {
        var length = 0;
        TermAnalyzer.Analyze(text, term =>
        {
            length++;
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out _);
            counts = counts.Add(field);
        });
        return length;
    }
}
