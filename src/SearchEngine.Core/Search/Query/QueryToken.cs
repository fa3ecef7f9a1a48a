namespace SearchEngine.Core.Search.Query;

/// <summary>
/// A lexed piece of the query. <see cref="Text"/> is the word, the phrase's inside, the field name or the raw date value;
/// <see cref="Distance"/> is the <c>~N</c> after a phrase.
/// </summary>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Position, int? Distance = null);
