namespace SearchEngine.Core.Duplicates;

/// <summary>A maximal run of identical words (after folding) found in two texts: its span in each and its length in words.</summary>
public sealed record SharedPassage(TextSpan A, TextSpan B, int Words);
