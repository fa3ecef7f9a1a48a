namespace SearchEngine.Core.Extraction;

/// <summary>One person across the corpus: the key every variant maps to, the name to show, and the other names used.</summary>
public sealed record ResolvedPerson(string CanonicalKey, string DisplayName, IReadOnlyList<string> Aliases);
