namespace SearchEngine.Core.Extraction;

/// <summary>How often a person key appeared under one written name, as the index counts it after a run.</summary>
/// <param name="Key">The person key (<see cref="PersonKey"/>).</param>
/// <param name="Name">A display name the articles used for it.</param>
/// <param name="ArticleCount">How many articles named the person this way.</param>
public sealed record PersonOccurrence(string Key, string Name, int ArticleCount);
