namespace SearchEngine.Core.Extraction.Evaluation;

/// <summary>One hand-annotated article: its file text and what a human found in it.</summary>
public sealed record AnnotatedArticle(string File, string Text, IReadOnlyList<AnnotatedPerson> Persons, IReadOnlyList<AnnotatedQuote> Quotes);
