namespace SearchEngine.Core.Search.Query;

/// <summary>Unwinds the recursive-descent parser to <see cref="QueryTextParser.Parse"/>, which turns it into a value.</summary>
internal sealed class QuerySyntaxException(int position, string message) : Exception(message)
{
    public int Position { get; } = position;
}
