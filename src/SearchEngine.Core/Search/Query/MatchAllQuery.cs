namespace SearchEngine.Core.Search.Query;

/// <summary>Every article: what an empty query (or one with nothing searchable in it) means, so the UI browses.</summary>
public sealed record MatchAllQuery : QueryNode
{
    public static MatchAllQuery Instance { get; } = new();

    public override string ToString() => "*:*";
}
