namespace SearchEngine.Core.Search;

/// <summary>A quote of a hit that matched the query: HTML-encoded text with <c>&lt;mark&gt;</c> around matches, and its speaker.</summary>
public sealed record HitQuote(string TextHtml, string? Speaker);
