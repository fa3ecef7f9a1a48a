namespace SearchEngine.Core.Search.Analysis;

/// <summary>A token of a text: its characters are <c>text[Start..End)</c> and <see cref="Term"/> is what the index stores for it.</summary>
public readonly record struct TextToken(int Start, int End, string Term);
