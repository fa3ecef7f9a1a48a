using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Search;

/// <summary>A passage an article shares with another: character spans in this article's text and in the other's.</summary>
public sealed record CopiedPassage(ArticleSummary Other, TextSpan Span, TextSpan OtherSpan, int Words);
