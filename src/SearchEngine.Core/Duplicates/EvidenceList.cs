namespace SearchEngine.Core.Duplicates;

/// <summary>The first few items of one kind of evidence, most telling first, and how many there are in all.</summary>
/// <param name="Items">At most a handful of items, most distinctive first.</param>
/// <param name="Total">How many items of this kind were found, shown or not.</param>
public sealed record EvidenceList<T>(IReadOnlyList<T> Items, int Total)
{
    public static EvidenceList<T> None { get; } = new([], 0);

    /// <summary>The first <paramref name="max"/> of items already in order, with the count of them all.</summary>
    public static EvidenceList<T> Top(IReadOnlyList<T> ordered, int max) =>
        ordered.Count == 0 ? None : new([.. ordered.Take(max)], ordered.Count);
}
