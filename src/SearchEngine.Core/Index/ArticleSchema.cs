namespace SearchEngine.Core.Index;

/// <summary>
/// The Lucene index's field names, document kinds and schema version: the one place that says what a stored
/// document holds. The full-text fields are <see cref="Search.SearchFields"/>' names (title, body, quote, speaker,
/// person, outlet, cites, author), analysed by <see cref="Search.Analysis.NewsAnalyzer"/> and stored where pages show
/// them. Everything else is exact-match, numeric or doc values.
/// </summary>
internal static class ArticleSchema
{
    /// <summary>
    /// Bumped whenever what a document holds changes; an index of another version is rebuilt from the corpus.
    /// 2: title, body and quote are indexed with character offsets (<see cref="ArticleDocuments.StoredTextWithOffsets"/>).
    /// 4: articles are filed under their duplicate keys; related documents hold links, not matches.
    /// </summary>
    public const int Version = 4;

    // Every document has a kind (exact-match): the article documents, one per source file, and derived documents.
    public const string Kind = "kind";
    public const string ArticleKind = "article";
    public const string FileKind = "file";
    public const string ClusterKind = "cluster";
    public const string RelatedKind = "related";
    public const string CatalogKind = "catalog";

    // Articles: exact-match keys.
    public const string Id = "id";
    public const string Path = "path";

    /// <summary>Publication date as yyyymmdd: an indexed int for ranges and numeric doc values for sorting and
    /// histograms (0 when undated; an undated article has no indexed date, so no range matches it).</summary>
    public const string Date = "date";

    /// <summary>The order articles were first added in (numeric doc values), stable across runs.</summary>
    public const string Sequence = "seq";

    // Articles: doc values the facets and collapsing read per document.
    public const string IdValue = "id_dv";
    public const string OutletValue = "outlet_dv";
    public const string PersonValue = "person_dv";   // "identity key \u001f name as written", one per person
    public const string CitesValue = "cites_dv";
    public static readonly string[] ClusterValue = ["cluster_exact", "cluster_near", "cluster_story"];

    // Articles: stored only.
    public const string Ordinal = "ordinal";
    public const string Url = "url";
    public const string Section = "section";
    public const string ContentHash = "content_hash";
    public const string Details = "details";
    public const string Fingerprint = "fingerprint";   // binary doc values

    /// <summary>The keys duplicate matching looks candidates up by (<see cref="Duplicates.DuplicateKeys"/>): indexed, not stored.</summary>
    public const string DuplicateKey = "dup_key";

    /// <summary>Every story feature of an article (<see cref="Duplicates.StoryFeatures"/>): indexed for its document frequency.</summary>
    public const string StoryFeature = "story_feature";

    // File documents: one per source file, keyed by its path.
    public const string File = "file";
    public const string FileSize = "size";
    public const string FileTime = "mtime";
    public const string FileSignature = "signature";
    public const string FileArticles = "articles";

    // Derived documents.
    public const string ClusterKey = "cluster_key";   // "level:number"
    public const string RelatedOf = "related_of";     // the article id
    public const string RelatedSequence = "related_seq";   // numeric doc values: the article's sequence number when linked
    public const string Payload = "payload";          // stored bytes of a derived document

    /// <summary>Keys of the commit's user data.</summary>
    public const string SchemaVersionKey = "schema";
    public const string DerivedStaleKey = "derived_stale";

    /// <summary>The folder the last run that changed anything was indexing (full path).</summary>
    public const string CorpusRootKey = "corpus_root";

    /// <summary>Articles with a sequence number at least this have not been matched for duplicates yet.</summary>
    public const string DuplicatesFromKey = "duplicates_from";

    /// <summary>How many articles there were when every article was last matched for duplicates.</summary>
    public const string DuplicatesMatchedAllKey = "duplicates_matched_all";
    public const string GenerationKey = "generation";
    public const string NextSequenceKey = "next_seq";

    /// <summary>How matches are scored: BM25 per field (k1 1.2, b 0.75), the field boosts applied by the query.
    /// Indexing and searching use the same one, since the norms it writes are read back when scoring.</summary>
    public static readonly Lucene.Net.Search.Similarities.Similarity Similarity = new Lucene.Net.Search.Similarities.BM25Similarity();

    private const char PersonSeparator = '\u001f';

    /// <summary>A person's <see cref="PersonValue"/>: identity key and name as written, in one doc value.</summary>
    public static string PersonValueOf(string key, string name) => key + PersonSeparator + name;

    /// <summary>The identity key and name of a <see cref="PersonValue"/> (a bare key stands for both).</summary>
    public static (string Key, string Name) ParsePersonValue(string value) =>
        value.IndexOf(PersonSeparator) is var at and >= 0 ? (value[..at], value[(at + 1)..]) : (value, value);

    public static int DateInt(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static DateOnly ToDate(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}
