using SearchEngine.Core.Search;

namespace SearchEngine.Core.Index;

/// <summary>
/// The facet selections of a request resolved to ordinals. <see cref="Failed"/> tells which selections an article
/// fails, as bits, so the caller can count drill-sideways: an article failing exactly one facet still counts for it.
/// </summary>
internal sealed class FacetFilter
{
    public const int None = 0;
    public const int OutletBit = 1;
    public const int PersonBit = 2;
    public const int CitesBit = 4;
    public const int DateBit = 8;

    private readonly ReaderSnapshot _snapshot;
    private readonly HashSet<int>? _outlets;
    private readonly HashSet<int>? _persons;
    private readonly HashSet<int>? _cites;
    private readonly int _from;
    private readonly int _to;

    private FacetFilter(ReaderSnapshot snapshot, HashSet<int>? outlets, HashSet<int>? persons, HashSet<int>? cites, int from, int to)
    {
        (_snapshot, _outlets, _persons, _cites, _from, _to) = (snapshot, outlets, persons, cites, from, to);
    }

    public IReadOnlySet<int> SelectedOutlets => _outlets ?? [];
    public IReadOnlySet<int> SelectedPersons => _persons ?? [];
    public IReadOnlySet<int> SelectedCites => _cites ?? [];

    public static FacetFilter Create(SearchRequest request, ReaderSnapshot snapshot)
    {
        // A selected value the index does not know matches nothing, which is the honest answer.
        static HashSet<int>? Resolve(IReadOnlyList<string> values, FacetVocabulary vocabulary) =>
            values.Count == 0 ? null : values.Select(v => vocabulary.Find(v) is var o && o >= 0 ? o : int.MinValue).ToHashSet();
        static int DateInt(DateOnly? d, int fallback) => d is { } x ? ArticleSchema.DateInt(x) : fallback;

        return new FacetFilter(snapshot,
            Resolve(request.Outlets, snapshot.Outlets.Values),
            request.Persons.Count == 0 ? null : request.Persons.Select(v => snapshot.FindPerson(v) is var o && o >= 0 ? o : int.MinValue).ToHashSet(),
            Resolve(request.CitedOutlets, snapshot.Cites.Values),
            DateInt(request.From, int.MinValue), DateInt(request.To, int.MaxValue));
    }

    public static bool IsSingle(int failed) => (failed & (failed - 1)) == 0;

    public int Failed(int doc)
    {
        var failed = None;
        if (_outlets is not null && !_outlets.Contains(_snapshot.Outlets.Ordinals[doc])) failed |= OutletBit;
        if (_persons is not null && !AnyIn(_snapshot.Persons.Of(doc), _persons)) failed |= PersonBit;
        if (_cites is not null && !AnyIn(_snapshot.Cites.Of(doc), _cites)) failed |= CitesBit;
        if (_from != int.MinValue || _to != int.MaxValue)
        {
            var date = _snapshot.DateInt[doc];
            if (date == 0 || date < _from || date > _to) failed |= DateBit;
        }
        return failed;
    }

    private static bool AnyIn(ReadOnlySpan<int> ordinals, HashSet<int> selected)
    {
        foreach (var ordinal in ordinals)
            if (selected.Contains(ordinal)) return true;
        return false;
    }
}
