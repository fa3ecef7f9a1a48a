namespace SearchEngine.Core.Search.Query;

/// <summary>
/// <c>field:inner</c>: the inner query searched in one full-text field only (a name from <see cref="SearchFields"/>).
/// A field nested inside another overrides it, as in Lucene: <c>title:(a body:b)</c> searches b in the body.
/// </summary>
public sealed record FieldNode(string Field, QueryNode Inner) : QueryNode
{
    public override string ToString() => Field + ":" + (Inner is NotNode ? "(" + Inner + ")" : Inner.ToString());
}
