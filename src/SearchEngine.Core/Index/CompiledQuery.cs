namespace SearchEngine.Core.Index;

/// <summary>
/// A query compiled for the SQLite store. A row of <c>articles a</c> is a hit when it matches <see cref="FtsMatch"/>
/// (if any) and <see cref="SqlWhere"/> (if any) holds. <see cref="FtsMatch"/> also drives ranking and highlighting.
/// Every user value travels in <see cref="Parameters"/>; neither string contains user text unquoted.
/// </summary>
public sealed record CompiledQuery(string? FtsMatch, string? SqlWhere, IReadOnlyList<KeyValuePair<string, object>> Parameters);
