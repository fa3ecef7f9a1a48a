namespace SearchEngine.Core.Search;

/// <summary>A short reference to an article: enough to list and link it.</summary>
public sealed record ArticleSummary(string Id, string Title, string? Outlet, DateOnly? Date);
