namespace SearchEngine.Core.Search.Query;

/// <summary>Every article: what an empty query (or one with nothing searchable in it) means, so the UI browses.</summary>
public sealed record MatchAllNode : QueryNode
{
    public static MatchAllNode Instance { get; } = new();

    public override string ToString() => "*:*";
}
