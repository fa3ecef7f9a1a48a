namespace SearchEngine.Core.Duplicates;

/// <summary>
/// An inverted index from a 32-bit key to article handles, compact for the common case of a key held by one
/// article: the dictionary slot holds the handle itself, and only shared keys get a list.
/// </summary>
internal sealed class PostingMap
{
    private readonly Dictionary<uint, int> _slots = [];
    private readonly List<List<int>?> _lists = [];
    private readonly Stack<int> _free = new();

    public int KeyCount => _slots.Count;

    public void Add(uint key, int handle)
    {
        if (!_slots.TryGetValue(key, out var slot)) { _slots[key] = handle; return; }
        if (slot >= 0)
        {
            if (slot == handle) return;
            _slots[key] = -1 - Store([slot, handle]);
            return;
        }
        var list = _lists[-1 - slot]!;
        if (list[^1] != handle) list.Add(handle);
    }

    public void Remove(uint key, int handle)
    {
        if (!_slots.TryGetValue(key, out var slot)) return;
        if (slot >= 0)
        {
            if (slot == handle) _slots.Remove(key);
            return;
        }
        var list = _lists[-1 - slot]!;
        list.Remove(handle);
        if (list.Count > 1) return;
        _slots[key] = list[0];
        _lists[-1 - slot] = null;
        _free.Push(-1 - slot);
    }

    /// <summary>The handles holding a key; empty when none.</summary>
    public ReadOnlySpan<int> Get(uint key, ref int single)
    {
        if (!_slots.TryGetValue(key, out var slot)) return [];
        if (slot >= 0)
        {
            single = slot;
            return new ReadOnlySpan<int>(ref single);
        }
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_lists[-1 - slot]);
    }

    private int Store(List<int> list)
    {
        if (_free.TryPop(out var index)) { _lists[index] = list; return index; }
        _lists.Add(list);
        return _lists.Count - 1;
    }
}
