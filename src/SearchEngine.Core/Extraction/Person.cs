namespace SearchEngine.Core.Extraction;

/// <summary>A person named in one article, with every mention.</summary>
/// <param name="Name">Display name: the most complete form used in the article.</param>
/// <param name="Key">Identity key shared by all spellings of the same person across the corpus.</param>
/// <param name="Aliases">Other forms used for the person in this article.</param>
/// <param name="Mentions">Every mention, in text order.</param>
public sealed record Person(string Name, string Key, IReadOnlyList<string> Aliases, IReadOnlyList<Mention> Mentions);
