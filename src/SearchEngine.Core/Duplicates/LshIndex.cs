namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into <c>bands</c> bands of
/// <c>rows</c> values, and two articles become candidates when any band is equal. A pair with Jaccard s is found
/// with probability 1 - (1 - s^rows)^bands; with 25 bands of 4 rows that is 0.999998 at s = 0.8 and 0.04 at s = 0.2,
/// so the verified pairs are nearly all found while unrelated pairs rarely cost a comparison.
/// Buckets hold ints; most hold one article, so a single-value slot avoids a list per bucket.
/// </summary>
public sealed class LshIndex
{
    private readonly Dictionary<ulong, int> _buckets = [];
    private readonly List<List<int>?> _overflow = [];
    private readonly Stack<int> _freeOverflow = new();

    public LshIndex(int bands = 25, int rows = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
    }

    public int Bands { get; }

    public int Rows { get; }

    /// <summary>Files an article's signature under each of its band keys.</summary>
    public void Add(int handle, ReadOnlySpan<uint> signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!TryBandKey(signature, band, out var key)) continue;
            if (!_buckets.TryGetValue(key, out var slot)) { _buckets[key] = handle; continue; }
            if (slot >= 0)
            {
                var list = new List<int>(2) { slot, handle };
                _buckets[key] = -1 - StoreOverflow(list);
            }
            else _overflow[-1 - slot]!.Add(handle);
        }
    }

    /// <summary>Removes an article; its signature must be the one it was added with.</summary>
    public void Remove(int handle, ReadOnlySpan<uint> signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!TryBandKey(signature, band, out var key) || !_buckets.TryGetValue(key, out var slot)) continue;
            if (slot >= 0)
            {
                if (slot == handle) _buckets.Remove(key);
                continue;
            }
            var list = _overflow[-1 - slot]!;
            list.Remove(handle);
            if (list.Count == 1)
            {
                _buckets[key] = list[0];
                _overflow[-1 - slot] = null;
                _freeOverflow.Push(-1 - slot);
            }
        }
    }

    /// <summary>Adds to <paramref name="candidates"/> every article sharing a band with the signature.</summary>
    public void Candidates(ReadOnlySpan<uint> signature, HashSet<int> candidates)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!TryBandKey(signature, band, out var key) || !_buckets.TryGetValue(key, out var slot)) continue;
            if (slot >= 0) candidates.Add(slot);
            else foreach (var handle in _overflow[-1 - slot]!) candidates.Add(handle);
        }
    }

    private bool TryBandKey(ReadOnlySpan<uint> signature, int band, out ulong key)
    {
        key = Hash64.Mix((ulong)band + 1);
        var start = band * Rows;
        if (start + Rows > signature.Length || signature[start] == uint.MaxValue) return false;
        for (var i = start; i < start + Rows; i++) key = Hash64.Combine(key, signature[i]);
        return true;
    }

    private int StoreOverflow(List<int> list)
    {
        if (_freeOverflow.TryPop(out var index)) { _overflow[index] = list; return index; }
        _overflow.Add(list);
        return _overflow.Count - 1;
    }
}
