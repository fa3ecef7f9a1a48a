namespace SearchEngine.Core.Search.Query;

/// <summary>
/// A parse error or warning about the query text. <see cref="Position"/> is the 0-based index of the offending
/// character (for underlining it); <see cref="Message"/> already names it for people ("at character 12").
/// </summary>
public sealed record QueryMessage(int Position, string Message);
