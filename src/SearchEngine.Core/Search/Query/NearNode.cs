namespace SearchEngine.Core.Search.Query;

/// <summary>
/// <c>"words near"~N</c>: all the words, in any order, with at most <see cref="Distance"/> other words between the end
/// of the first and the start of the last (FTS5 NEAR semantics; for two words, Lucene's unordered span slop).
/// </summary>
public sealed record NearNode(IReadOnlyList<string> Words, int Distance) : QueryNode
{
    public override string ToString() => "\"" + string.Join(' ', Words) + "\"~" + Distance;

    public bool Equals(NearNode? other) =>
        other is not null && Distance == other.Distance && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Distance, Words.Count);
}
