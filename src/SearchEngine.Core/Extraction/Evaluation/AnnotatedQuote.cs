namespace SearchEngine.Core.Extraction.Evaluation;

/// <summary>A quotation a human annotator found: words it contains, and its speaker (null when not a named person).</summary>
public sealed record AnnotatedQuote(string Start, string? Speaker);
