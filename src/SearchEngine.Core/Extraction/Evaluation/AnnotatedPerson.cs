namespace SearchEngine.Core.Extraction.Evaluation;

/// <summary>A person a human annotator found in an article.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Mentions">Surface forms used for the person; every word-bounded occurrence of one is a mention.</param>
/// <param name="Except">Phrases whose inner occurrences of a surface form are not mentions ("Washington Times").</param>
public sealed record AnnotatedPerson(string Name, IReadOnlyList<string> Mentions, IReadOnlyList<string> Except);
