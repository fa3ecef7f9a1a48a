namespace SearchEngine.Core.Duplicates;

/// <summary>
/// The passages one article shares with others, as one growable array of structs rather than a map of arrays of
/// objects: an index of 100k articles holds about a million of these, and as objects they made most of the garbage
/// collector's work. The links of one partner are always adjacent (added together, removed together), so partners
/// are counted and compared in one pass without allocating. Small by design (an article keeps at most
/// <see cref="DuplicateOptions.MaxPassagePartners"/> partners).
/// </summary>
internal sealed class PassageLinks
{
    private Link[] _links = new Link[4];
    private int _count;

    public readonly record struct Link(int Other, TextSpan Mine, TextSpan Theirs, int Words);

    public ReadOnlySpan<Link> All => _links.AsSpan(0, _count);

    public int PartnerCount { get; private set; }

    /// <summary>Adds one partner's passages; the partner must not be linked already.</summary>
    public void AddPartner(int other, IReadOnlyList<(TextSpan Mine, TextSpan Theirs, int Words)> passages, bool mine)
    {
        if (passages.Count == 0) return;
        if (_count + passages.Count > _links.Length) Array.Resize(ref _links, Math.Max(_links.Length * 2, _count + passages.Count));
        foreach (var (a, b, words) in passages)
            _links[_count++] = mine ? new Link(other, a, b, words) : new Link(other, b, a, words);
        PartnerCount++;
    }

    public void RemovePartner(int other)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
            if (_links[i].Other != other) _links[kept++] = _links[i];
        if (kept < _count) PartnerCount--;
        _count = kept;
    }

    /// <summary>Each partner once, in the order linked.</summary>
    public List<int> Partners()
    {
        var partners = new List<int>(PartnerCount);
        for (var i = 0; i < _count; i++)
            if (i == 0 || _links[i].Other != _links[i - 1].Other) partners.Add(_links[i].Other);
        return partners;
    }

    /// <summary>
    /// The partner sharing fewest words, if fewer than <paramref name="words"/> (ties: the latest handle); null when
    /// every partner shares at least that many.
    /// </summary>
    public int? WeakerThan(int words)
    {
        int? weakest = null;
        var weakestWords = words;
        for (var i = 0; i < _count;)
        {
            var partner = _links[i].Other;
            var shared = 0;
            for (; i < _count && _links[i].Other == partner; i++) shared += _links[i].Words;
            if (shared < weakestWords || (shared == weakestWords && weakest is { } w && partner > w)) (weakest, weakestWords) = (partner, shared);
        }
        return weakest;
    }
}
