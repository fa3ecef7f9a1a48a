namespace SearchEngine.Core.Search.Ranking;

/// <summary>The fields that take part in relevance ranking: the default search fields.</summary>
public enum RankedField
{
    Title,
    Body,
    Quote,
}
