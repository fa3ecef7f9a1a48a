namespace SearchEngine.Core.Extraction;

/// <summary>A span of an article's text: [Start, End) in characters.</summary>
public sealed record Mention(string Text, int Start, int End);
