using System.Text.Json;
using Lucene.Net.Documents;
using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// The documents an indexing run derives from all articles after they change: the person catalogue (one document),
/// one document per duplicate cluster, and one per article with duplicate links or copied passages. Each holds its
/// data as stored JSON; the catalogue is rewritten by every run that changes articles, the others only where
/// <see cref="DuplicateRefresh"/> changed them.
/// </summary>
internal static class DerivedDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Document Catalog(IEnumerable<PersonCatalogEntry> entries) => Derived(S.CatalogKind, null, null, entries.ToList());

    public static Document Cluster(DuplicateLevel level, long number, DuplicateCluster cluster) =>
        Derived(S.ClusterKind, S.ClusterKey, ClusterKey(level, number),
            cluster.Members.Select(m => new StoredMember(m.Id, m.SimilarityToOrigin)).ToList());

    public static Document Related(string id, StoredRelations relations)
    {
        var doc = Derived(S.RelatedKind, S.RelatedOf, id, relations);
        doc.Add(new NumericDocValuesField(S.RelatedSequence, relations.Sequence));
        return doc;
    }

    public static string ClusterKey(DuplicateLevel level, long number) => $"{(int)level}:{number}";

    public static List<PersonCatalogEntry> ReadCatalog(Document doc) => Read<List<PersonCatalogEntry>>(doc) ?? [];

    public static List<StoredMember> ReadCluster(Document doc) => Read<List<StoredMember>>(doc) ?? [];

    public static StoredRelations ReadRelations(Document doc) => Read<StoredRelations>(doc) ?? StoredRelations.None;

    private static Document Derived<T>(string kind, string? keyField, string? key, T payload)
    {
        var doc = new Document
        {
            new StringField(S.Kind, kind, Field.Store.NO),
            new StoredField(S.Payload, JsonSerializer.SerializeToUtf8Bytes(payload, Json)),
        };
        if (keyField is not null) doc.Add(new StringField(keyField, key, Field.Store.YES));
        return doc;
    }

    private static T? Read<T>(Document doc) => doc.GetBinaryValue(S.Payload) is { } bytes
        ? JsonSerializer.Deserialize<T>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), Json)
        : default;
}

/// <summary>A cluster member as stored: its id and similarity to the cluster's origin.</summary>
internal sealed record StoredMember(string Id, double Similarity);

/// <summary>
/// An article's duplicate links and copied passages as stored, with its sequence number (to tell, at the next refresh,
/// whether the article is still the one linked) and its cluster number per level (to remove its clusters when it goes).
/// </summary>
internal sealed record StoredRelations(long Sequence, long[] Clusters, List<StoredLink> Links, List<StoredPassage> Passages)
{
    public static StoredRelations None { get; } = new(0, [0, 0, 0], [], []);
}

/// <summary>A link to another article: exact copy, near-duplicate Jaccard (0 when not near), story score.</summary>
internal sealed record StoredLink(string Other, bool Exact, float Near, float Story);

internal sealed record StoredPassage(string Other, int Start, int End, int OtherStart, int OtherEnd, int Words);
