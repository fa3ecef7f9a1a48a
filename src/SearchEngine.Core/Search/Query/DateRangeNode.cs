namespace SearchEngine.Core.Search.Query;

/// <summary>
/// Articles dated between <see cref="From"/> and <see cref="To"/>, both inclusive; a null end is open.
/// Every date form of the language (<c>date:2025-11</c>, <c>date:{a TO b}</c>, <c>date:&lt;2025</c>) normalises to this,
/// so exclusive bounds and partial dates are resolved once, in the parser. Articles without a date never match.
/// </summary>
public sealed record DateRangeNode(DateOnly? From, DateOnly? To) : QueryNode
{
    public override string ToString() =>
        "date:[" + (From?.ToString("yyyy-MM-dd") ?? "*") + " TO " + (To?.ToString("yyyy-MM-dd") ?? "*") + "]";
}
