namespace SearchEngine.Core.Extraction;

/// <summary>A direct quotation: its text without the quote marks, its speaker when attributed, and its span [Start, End) in the article text.</summary>
public sealed record Quote(string Text, string? Speaker, int Start, int End);
