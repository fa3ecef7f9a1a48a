namespace CorpusGenerator;

/// <summary>A generated article before it is written: its text parts and the metadata of its sidecar row.</summary>
public sealed record ComposedArticle(Draft Draft, Outlet Outlet, DateOnly Date, string Author, SourceArticle Base);
