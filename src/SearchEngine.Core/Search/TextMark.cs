namespace SearchEngine.Core.Search;

/// <summary>A character range [<see cref="Start"/>, <see cref="End"/>) of a <see cref="MarkedText"/> that a query matched.</summary>
public readonly record struct TextMark(int Start, int Length)
{
    /// <summary>The offset just past the mark.</summary>
    public int End => Start + Length;
}
