using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace SearchEngine.Core.Search.Analysis;

/// <summary>
/// The one analysis chain, used to index every full-text field and to analyse every query word: Unicode word
/// boundaries (UAX #29), English possessives dropped (<c>Trump's</c> → <c>Trump</c>), lower case, diacritics and
/// other non-ASCII forms folded to ASCII (<c>Núñez</c> → <c>nunez</c>), then Porter stemming (<c>negotiations</c> →
/// <c>negoti</c>). No stop words: phrases such as "state of the union" keep every word.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    /// <summary>The Lucene version whose behaviour the chain follows.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions between two values of one multi-valued field (two quotes), so a phrase never spans them.</summary>
    public const int ValueGap = 100;

    /// <summary>Longer tokens (URLs glued together, base64) are dropped rather than indexed.</summary>
    public const int MaxTokenLength = 128;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = MaxTokenLength };
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <summary>The terms the chain makes of a text, in order (what a query word or phrase becomes).</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
