namespace SearchEngine.Core.Extraction.Evaluation;

/// <summary>One hand-annotated article: its file text, what a human found in it, and the subset it belongs to.</summary>
/// <param name="File">The article file's name beside annotations.json.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Persons">The persons the annotator found.</param>
/// <param name="Quotes">The quotations the annotator found.</param>
/// <param name="Set">"development" for articles the rules were refined on, "heldout" for articles kept apart to measure generalisation.</param>
/// <param name="HasOutlet">True when the annotator recorded the outlet (the older sets did not).</param>
/// <param name="Outlet">The publisher as the text states it, when the annotator recorded it (<paramref name="HasOutlet"/>); null for none.</param>
public sealed record AnnotatedArticle(
    string File, string Text, IReadOnlyList<AnnotatedPerson> Persons, IReadOnlyList<AnnotatedQuote> Quotes, string Set = "development",
    bool HasOutlet = false, string? Outlet = null);
