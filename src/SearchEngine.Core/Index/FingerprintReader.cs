using Lucene.Net.Index;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Reads what duplicate matching compares, by document, out of one reader: an article's stored fingerprint (binary doc
/// values) and passage marks; its story vector; and, for the few pairs near-duplicate matching verifies, its shingle
/// set computed again from the stored text (stored fingerprints leave shingles out: they were half their bytes).
/// Story vectors are kept once built, since one story's candidates ask for the same articles again and again; whole
/// fingerprints, which only near and passage candidates need, are kept for a few articles only.
/// </summary>
internal sealed class FingerprintReader(DirectoryReader reader, DuplicateScorer scorer, FeatureFrequencies frequencies)
{
    private const int VectorCacheSize = 50_000;
    private const int FingerprintCacheSize = 4_096;
    private const int ShingleCacheSize = 512;
    private static readonly ISet<string> BodyField = new HashSet<string> { SearchFields.Body.Name };

    private readonly BinaryDocValues?[] _values = [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetBinaryDocValues(S.Fingerprint))];
    private readonly Lucene.Net.Util.BytesRef _bytes = new();
    private readonly FingerprintBuilder _builder = new(scorer.Options);
    private readonly Dictionary<int, Compared?> _fingerprints = [];
    // Two generations: when the young one fills it becomes the old one, and a vector asked for again moves back
    // up, so the articles many others match against stay while one-off candidates age out.
    private Dictionary<int, StoryVector?> _vectors = [];
    private Dictionary<int, StoryVector?> _olderVectors = [];
    private readonly Dictionary<int, uint[]> _shingles = [];

    /// <summary>An article's fingerprint and passage marks, or null when its fingerprint is missing or of another format.</summary>
    public Compared? Get(int doc)
    {
        if (_fingerprints.TryGetValue(doc, out var cached)) return cached;
        if (_fingerprints.Count >= FingerprintCacheSize) _fingerprints.Clear();
        var compared = Read(doc) is { } fingerprint ? new Compared(fingerprint, DuplicateScorer.MarksByHash(fingerprint)) : null;
        return _fingerprints[doc] = compared;
    }

    /// <summary>An article's story vector, weighed by the archive's frequencies.</summary>
    public StoryVector? Story(int doc)
    {
        if (_vectors.TryGetValue(doc, out var cached)) return cached;
        if (!_olderVectors.Remove(doc, out cached))
        {
            var fingerprint = _fingerprints.TryGetValue(doc, out var compared) ? compared?.Fingerprint : Read(doc);
            cached = fingerprint is null ? null : scorer.Vector(fingerprint, frequencies);
        }
        if (_vectors.Count >= VectorCacheSize) (_olderVectors, _vectors) = (_vectors, []);
        return _vectors[doc] = cached;
    }

    private ArticleFingerprint? Read(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, reader.Leaves);
        if (_values[leaf] is not { } column) return null;
        column.Get(doc - reader.Leaves[leaf].DocBase, _bytes);
        if (_bytes.Length == 0) return null;
        try
        {
            return ArticleFingerprint.FromBytes(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length));
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

/// <summary>One article's fingerprint, with its passage marks ordered for merging.</summary>
internal sealed record Compared(ArticleFingerprint Fingerprint, PassageMark[] MarksByHash);
