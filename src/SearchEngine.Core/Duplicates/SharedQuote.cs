namespace SearchEngine.Core.Duplicates;

/// <summary>Quoted words both articles carry.</summary>
/// <param name="Text">The longest run of words the two quotations share, as the first article writes it.</param>
/// <param name="Speaker">Who said it, as the first article attributes it, else as the second does; null when neither does.</param>
/// <param name="Words">Length of <paramref name="Text"/> in words.</param>
public sealed record SharedQuote(string Text, string? Speaker, int Words);
