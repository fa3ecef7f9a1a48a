namespace SearchEngine.Core.Search;

/// <summary>A short reference to an article: enough to list and link it, and to find its source file.</summary>
public sealed record ArticleSummary(string Id, string Title, string? Outlet, DateOnly? Date, string? SourcePath = null);
