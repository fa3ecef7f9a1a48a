namespace SearchEngine.Core.Search.Query;

/// <summary>At least one clause must match (<c>OR</c>, <c>||</c>). Binds looser than AND.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Clauses) : QueryNode
{
    public override string ToString() => "(" + string.Join(" OR ", Clauses) + ")";

    public bool Equals(OrNode? other) => other is not null && Clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode() => Clauses.Count;
}
