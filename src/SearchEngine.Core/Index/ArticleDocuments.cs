using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Turns an article into the Lucene document that holds it, and a stored document back into an article: the only
/// code that knows which field holds what (names in <see cref="ArticleSchema"/>).
/// </summary>
internal static class ArticleDocuments
{
    /// <summary>Fields a result list needs, so loading a hit skips the fingerprint and details.</summary>
    public static readonly ISet<string> SummaryFields = new HashSet<string> { S.Id, S.Path, SearchFields.Title.Name, SearchFields.Outlet.Name, S.Date };

    /// <summary>
    /// The shown full-text fields (title, body, quote): stored, analysed, and indexed with positions and character
    /// offsets so that <see cref="HitHighlighter"/> reads where a query matched from the postings instead of
    /// re-analysing the text. Offsets of a multi-valued field (the quotes) run on across its values: value i starts at
    /// the sum of the earlier values' lengths plus one each (<see cref="Lucene.Net.Analysis.Analyzer.GetOffsetGap"/>,
    /// left at its default 1, as if the values were joined by one space).
    /// </summary>
    public static readonly FieldType StoredTextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public static Document ForArticle(AnalyzedArticle analyzed, long sequence)
    {
        var article = analyzed.Article;
        var doc = new Document
        {
            new StringField(S.Kind, S.ArticleKind, Field.Store.NO),
            new StringField(S.Id, article.Id, Field.Store.YES),
            new SortedDocValuesField(S.IdValue, new BytesRef(article.Id)),
            new StringField(S.Path, article.SourcePath, Field.Store.YES),
            new StoredField(S.Ordinal, article.Ordinal),
            new NumericDocValuesField(S.Sequence, sequence),
            ShownText(SearchFields.Title.Name, article.Title),
            ShownText(SearchFields.Body.Name, article.Text),
            new StoredField(S.ContentHash, article.ContentHash),
            new StoredField(S.Details, analyzed.Details),
            // Doc values, not a stored field: the hashes do not compress, and kept out of the stored chunks they cost a
            // hit's loading nothing and are read for every article without decompressing any text.
            new BinaryDocValuesField(S.Fingerprint, new BytesRef(analyzed.FingerprintBytes)),
        };
        foreach (var key in analyzed.DuplicateKeys) doc.Add(new StringField(S.DuplicateKey, key, Field.Store.NO));
        foreach (var term in analyzed.StoryFeatureTerms) doc.Add(new StringField(S.StoryFeature, term, Field.Store.NO));
        foreach (var quote in article.Quotes) doc.Add(ShownText(SearchFields.Quote.Name, quote.Text.Replace('\n', ' ')));
        foreach (var speaker in article.Quotes.Select(q => q.Speaker).OfType<string>().Distinct())
            doc.Add(new TextField(SearchFields.Speaker.Name, speaker, Field.Store.NO));
        // Names as written, their aliases and each person's identity key, so that person:Zelenskyy finds Zelenskiy.
        foreach (var name in article.Persons.SelectMany(p => p.Aliases.Prepend(p.Name).Append(p.Key)).Distinct())
            doc.Add(new TextField(SearchFields.Person.Name, name, Field.Store.NO));
        foreach (var person in article.Persons.DistinctBy(p => p.Key))
            doc.Add(new SortedSetDocValuesField(S.PersonValue, new BytesRef(S.PersonValueOf(person.Key, person.Name))));
        if (article.Outlet is { Length: > 0 } outlet)
        {
            doc.Add(new TextField(SearchFields.Outlet.Name, outlet, Field.Store.YES));
            doc.Add(new SortedDocValuesField(S.OutletValue, new BytesRef(outlet)));
        }
        foreach (var cited in article.CitedOutlets.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(new TextField(SearchFields.Cites.Name, cited, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(S.CitesValue, new BytesRef(cited)));
        }
        if (article.Author is { Length: > 0 } author) doc.Add(new TextField(SearchFields.Author.Name, author, Field.Store.YES));
        if (article.Url is { } url) doc.Add(new StoredField(S.Url, url));
        if (article.Section is { } section) doc.Add(new StoredField(S.Section, section));
        var date = article.Date is { } d ? S.DateInt(d) : 0;
        if (date != 0) doc.Add(new Int32Field(S.Date, date, Field.Store.YES));
        doc.Add(new NumericDocValuesField(S.Date, date));
        foreach (var cluster in S.ClusterValue) doc.Add(new NumericDocValuesField(cluster, 0));
        return doc;
    }

    /// <summary>A title, body or quote field as the index holds it (<see cref="StoredTextWithOffsets"/>).</summary>
    public static Field ShownText(string name, string text) => new(name, text, StoredTextWithOffsets);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The document that remembers a source file, added in one group with the file's articles.</summary>
    public static Document ForFile(IndexedFile file) => new()
    {
        new StringField(S.Kind, S.FileKind, Field.Store.NO),
        new StringField(S.Path, file.Path, Field.Store.NO),
        new BinaryDocValuesField(S.File, new BytesRef(Encoding.UTF8.GetBytes(file.Encode()))),
    };

    public static Article ToArticle(Document doc)
    {
        var stored = doc.GetBinaryValue(S.Details);
        var details = ArticleDetails.Deserialize(stored.Bytes.AsSpan(stored.Offset, stored.Length));
        return new Article
        {
            Id = doc.Get(S.Id),
            SourcePath = doc.Get(S.Path),
            Ordinal = doc.GetField(S.Ordinal)?.GetInt32Value() ?? 0,
            Title = doc.Get(SearchFields.Title.Name) ?? "",
            Text = doc.Get(SearchFields.Body.Name) ?? "",
            Outlet = doc.Get(SearchFields.Outlet.Name),
            Author = doc.Get(SearchFields.Author.Name),
            Date = DateOf(doc),
            Url = doc.Get(S.Url),
            Section = doc.Get(S.Section),
            ContentHash = doc.Get(S.ContentHash) ?? "",
            Persons = details.Persons,
            Quotes = details.Quotes,
            CitedOutlets = details.CitedOutlets,
            Warnings = details.Warnings,
        };
    }

    public static ArticleSummary ToSummary(Document doc) =>
        new(doc.Get(S.Id), doc.Get(SearchFields.Title.Name) ?? "", doc.Get(SearchFields.Outlet.Name), DateOf(doc), doc.Get(S.Path));

    public static DateOnly? DateOf(Document doc) =>
        doc.GetField(S.Date)?.GetInt32Value() is { } date and > 0 ? S.ToDate(date) : null;
}
