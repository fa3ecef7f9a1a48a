namespace SearchEngine.Core.Search.Query;

/// <summary>A word typed with a trailing <c>*</c>: matches every indexed word that starts with <see cref="Prefix"/>.</summary>
public sealed record PrefixNode(string Prefix) : QueryNode
{
    public override string ToString() => Prefix + "*";
}
