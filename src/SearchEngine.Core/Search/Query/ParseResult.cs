namespace SearchEngine.Core.Search.Query;

/// <summary>
/// The outcome of parsing: either a <see cref="Query"/> or an <see cref="Error"/>, never an exception, because a
/// query box is an edge where bad input is normal. <see cref="Warnings"/> report what the forgiving parser repaired
/// or ignored (an unclosed quote it closed, a word with nothing searchable in it) so the UI can say so.
/// </summary>
public sealed record ParseResult(QueryNode? Query, QueryMessage? Error, IReadOnlyList<QueryMessage> Warnings)
{
    public bool Succeeded => Error is null && Query is not null;

    public static ParseResult Success(QueryNode query, IReadOnlyList<QueryMessage> warnings) => new(query, null, warnings);

    public static ParseResult Failure(QueryMessage error) => new(null, error, []);
}
