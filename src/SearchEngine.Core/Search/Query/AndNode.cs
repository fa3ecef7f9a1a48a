namespace SearchEngine.Core.Search.Query;

/// <summary>All clauses must match: explicit <c>AND</c>, <c>+</c>, or words side by side (the default operator).</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Clauses) : QueryNode
{
    public override string ToString() => "(" + string.Join(" AND ", Clauses) + ")";

    public bool Equals(AndNode? other) => other is not null && Clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode() => Clauses.Count;
}
