namespace SearchEngine.Core.Search;

/// <summary>A bar of the date histogram: the articles dated within [From, To].</summary>
public sealed record DateBucket(DateOnly From, DateOnly To, string Label, int Count);
