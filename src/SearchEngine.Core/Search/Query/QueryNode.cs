namespace SearchEngine.Core.Search.Query;

/// <summary>
/// A node of a parsed search query. The tree is independent of the index: <c>Index/LuceneQueryBuilder</c> turns it into
/// a Lucene query, so user text becomes terms in exactly one place.
/// <see cref="object.ToString"/> renders the node back in the query language, normalised (explicit AND, OR, parentheses),
/// which is what a UI can echo as "searched for".
/// </summary>
public abstract record QueryNode;
