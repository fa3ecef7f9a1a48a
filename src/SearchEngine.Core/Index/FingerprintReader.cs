using Lucene.Net.Index;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Reads what duplicate matching compares, by document, out of one reader: an article's stored fingerprint (binary doc
/// values), its story vector and passage marks, and, for the few pairs near-duplicate matching verifies, its shingle
/// set computed again from the stored text (stored fingerprints leave shingles out: they were half their bytes).
/// Recently read articles are kept, since one story's candidates ask for the same articles again and again.
/// </summary>
internal sealed class FingerprintReader(DirectoryReader reader, DuplicateScorer scorer, FeatureFrequencies frequencies)
{
    private const int CacheSize = 50_000;
    private const int ShingleCacheSize = 512;
    private static readonly ISet<string> BodyField = new HashSet<string> { SearchFields.Body.Name };

    private readonly BinaryDocValues?[] _values = [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetBinaryDocValues(S.Fingerprint))];
    private readonly Lucene.Net.Util.BytesRef _bytes = new();
    private readonly FingerprintBuilder _builder = new(scorer.Options);
    private readonly Dictionary<int, Compared?> _cache = [];
    private readonly Dictionary<int, uint[]> _shingles = [];

    /// <summary>An article as matching compares it, or null when its fingerprint is missing or of another format.</summary>
    public Compared? Get(int doc)
    {
        if (_cache.TryGetValue(doc, out var cached)) return cached;
        if (_cache.Count >= CacheSize) _cache.Clear();
        return _cache[doc] = Read(doc);
    }

    private Compared? Read(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, reader.Leaves);
        if (_values[leaf] is not { } column) return null;
        column.Get(doc - reader.Leaves[leaf].DocBase, _bytes);
        if (_bytes.Length == 0) return null;
        try
        {
            var fingerprint = ArticleFingerprint.FromBytes(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length));
            return new Compared(fingerprint, scorer.Vector(fingerprint, frequencies), DuplicateScorer.MarksByHash(fingerprint));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The article's 5-shingle set, from its stored text.</summary>
    public uint[] Shingles(int doc)
    {
        if (_shingles.TryGetValue(doc, out var cached)) return cached;
        if (_shingles.Count >= ShingleCacheSize) _shingles.Clear();
        var text = reader.Document(doc, BodyField).Get(SearchFields.Body.Name);
        return _shingles[doc] = text is null ? [] : _builder.ShinglesOf(text);
    }
}

/// <summary>One article as duplicate matching compares it.</summary>
internal sealed record Compared(ArticleFingerprint Fingerprint, StoryVector Story, PassageMark[] MarksByHash);
