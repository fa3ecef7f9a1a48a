namespace SearchEngine.Core.Index;

/// <summary>Distinct facet values, numbered in order of first appearance; looked up by key or label, ignoring case.</summary>
internal sealed class FacetVocabulary
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byLabel = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _labels = [];

    public int Count => _labels.Count;

    public string Label(int ordinal) => _labels[ordinal];

    public int Add(string key, string label)
    {
        if (_byKey.TryGetValue(key, out var ordinal)) return ordinal;
        ordinal = _labels.Count;
        _labels.Add(label);
        _byKey[key] = ordinal;
        _byLabel.TryAdd(label, ordinal);
        return ordinal;
    }

    /// <summary>The ordinal of a value given by label or key, or -1.</summary>
    public int Find(string value) =>
        _byLabel.TryGetValue(value, out var o) || _byKey.TryGetValue(value, out o) ? o : -1;
}

/// <summary>One value (or none, -1) per document.</summary>
internal sealed record OrdinalColumn(int[] Ordinals, FacetVocabulary Values);

/// <summary>Several values per document, compressed-row style: document d owns Ordinals[Offsets[d]..Offsets[d+1]).</summary>
internal sealed record MultiOrdinalColumn(int[] Offsets, int[] Ordinals, FacetVocabulary Values)
{
    public ReadOnlySpan<int> Of(int doc) =>
        doc + 1 < Offsets.Length ? Ordinals.AsSpan(Offsets[doc], Offsets[doc + 1] - Offsets[doc]) : [];
}
