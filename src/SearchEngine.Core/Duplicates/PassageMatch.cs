namespace SearchEngine.Core.Duplicates;

/// <summary>
/// A passage one article shares with another: its span in this article, its span in the other, and its length in
/// words. Spans found from fingerprints alone are bounded by the shared winnowing marks, so they may start or end up
/// to a few words inside the true passage; <see cref="PassageFinder"/> gives exact maximal spans from the two texts.
/// </summary>
public sealed record PassageMatch(string OtherId, TextSpan Span, TextSpan OtherSpan, int Words);
