namespace SearchEngine.Core.Search.Query;

/// <summary>
/// The articles that do not match <see cref="Inner"/> (<c>NOT x</c>, <c>-x</c>). Alone it means "everything but";
/// next to positive clauses it excludes from them.
/// </summary>
public sealed record NotNode(QueryNode Inner) : QueryNode
{
    public override string ToString() => "-" + Inner;
}
