namespace SearchEngine.Core.Duplicates;

/// <summary>A span [Start, End) of characters in an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
