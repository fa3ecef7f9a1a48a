namespace SearchEngine.Core.Search.Query;

/// <summary>A quoted phrase: its words in this order, next to each other.</summary>
public sealed record PhraseNode(string Text) : QueryNode
{
    public override string ToString() => "\"" + Text.Replace("\"", "", StringComparison.Ordinal) + "\"";
}
