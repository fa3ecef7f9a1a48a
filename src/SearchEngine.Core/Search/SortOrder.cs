namespace SearchEngine.Core.Search;

/// <summary>How hits are ordered. An empty query sorts newest first whatever is asked, since no hit is more relevant.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}
