namespace SearchEngine.Core.Search.Query;

/// <summary>
/// One word as the user typed it. It may still contain punctuation (<c>covid-19</c>, <c>http://x.org</c>):
/// the index tokenizer splits it, so such a word behaves like a phrase of its parts.
/// </summary>
public sealed record WordNode(string Text) : QueryNode
{
    public override string ToString() => Text;
}
