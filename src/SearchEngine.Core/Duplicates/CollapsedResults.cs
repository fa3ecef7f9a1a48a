namespace SearchEngine.Core.Duplicates;

/// <summary>Search hits collapsed by cluster: the rows to show, how many articles matched, and how many distinct stories (rows) they make.</summary>
public sealed record CollapsedResults(IReadOnlyList<CollapsedRow> Rows, int ArticleCount, int StoryCount);
