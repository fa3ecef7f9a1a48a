namespace SearchEngine.Core.Search.Query;

/// <summary>
/// A node of a parsed search query. The tree is independent of the index: the one translator in
/// <c>Index/Fts5QueryTranslator</c> turns it into FTS5 and SQL, so user text is quoted in exactly one place.
/// <see cref="object.ToString"/> renders the node back in the query language, normalised (explicit AND, OR, parentheses),
/// which is what a UI can echo as "searched for".
/// </summary>
public abstract record QueryNode;
