using SearchEngine.Core.Search;

namespace SearchEngine.Core.Index;

/// <summary>Accumulates facet counts over a result set in one pass, then reports the top values of each facet.</summary>
internal sealed class FacetCounts(ReaderSnapshot snapshot)
{
    private readonly int[] _outlets = new int[snapshot.Outlets.Values.Count];
    private readonly int[] _persons = new int[snapshot.Persons.Values.Count];
    private readonly int[] _cites = new int[snapshot.Cites.Values.Count];
    private readonly int[] _days = new int[snapshot.Days.Length];
    private int _undated;

    public void CountAll(int doc)
    {
        CountOutlet(doc);
        CountMany(snapshot.Persons.Of(doc), _persons);
        CountMany(snapshot.Cites.Of(doc), _cites);
        CountDate(doc);
    }

    /// <summary>Counts an article for the one facet whose selection it fails (drill-sideways).</summary>
    public void CountOnly(int failedBit, int doc)
    {
        switch (failedBit)
        {
            case FacetFilter.OutletBit: CountOutlet(doc); break;
            case FacetFilter.PersonBit: CountMany(snapshot.Persons.Of(doc), _persons); break;
            case FacetFilter.CitesBit: CountMany(snapshot.Cites.Of(doc), _cites); break;
            case FacetFilter.DateBit: CountDate(doc); break;
        }
    }

    public IReadOnlyList<Facet> Facets(SearchRequest request, FacetFilter filter) =>
    [
        Top(FacetNames.Outlet, _outlets, snapshot.Outlets.Values, filter.SelectedOutlets, request.FacetSize),
        Top(FacetNames.Person, _persons, snapshot.Persons.Values, filter.SelectedPersons, request.FacetSize),
        Top(FacetNames.Cites, _cites, snapshot.Cites.Values, filter.SelectedCites, request.FacetSize),
    ];

    /// <summary>The histogram over the selected dates (see <see cref="DateHistogram"/>): its level and span follow the selection.</summary>
    public DateHistogram Dates(DateOnly? from, DateOnly? to) => DateHistogram.FromSortedDays(snapshot.Days, _days, _undated, from, to);

    private void CountOutlet(int doc)
    {
        var ordinal = snapshot.Outlets.Ordinals[doc];
        if (ordinal >= 0) _outlets[ordinal]++;
    }

    private static void CountMany(ReadOnlySpan<int> ordinals, int[] counts)
    {
        foreach (var ordinal in ordinals) counts[ordinal]++;
    }

    private void CountDate(int doc)
    {
        var day = snapshot.DayOrdinals[doc];
        if (day < 0) _undated++;
        else _days[day]++;
    }

    /// <summary>The most frequent values (ties by name), always including the selected ones so they can be unselected.</summary>
    private static Facet Top(string name, int[] counts, FacetVocabulary values, IReadOnlySet<int> selected, int size)
    {
        var distinct = 0;
        var heap = new PriorityQueue<int, (int Count, string Label)>(Comparer<(int Count, string Label)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : string.Compare(b.Label, a.Label, StringComparison.OrdinalIgnoreCase)));
        // Once the heap is full, a value counted less often than its worst cannot enter: skip it before making its key.
        var worstCount = 0;
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            if (counts[ordinal] == 0) continue;
            distinct++;
            if (size == 0 || counts[ordinal] < worstCount) continue;
            var key = (counts[ordinal], values.Label(ordinal));
            if (heap.Count < size) heap.Enqueue(ordinal, key);
            else if (heap.TryPeek(out _, out var worst) && heap.Comparer.Compare(key, worst) > 0) heap.EnqueueDequeue(ordinal, key);
            if (heap.Count == size && heap.TryPeek(out _, out var least)) worstCount = least.Count;
        }

        var top = new List<int>(heap.Count);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Reverse();
        foreach (var ordinal in selected)
            if (ordinal >= 0 && !top.Contains(ordinal)) top.Add(ordinal);
        return new Facet(name, top.Select(o => new FacetValue(values.Label(o), counts[o], selected.Contains(o))).ToList(), distinct);
    }
}
