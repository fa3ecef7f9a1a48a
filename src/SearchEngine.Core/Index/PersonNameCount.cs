namespace SearchEngine.Core.Index;

/// <summary>How many articles name a person (by identity key) in one written form.</summary>
public sealed record PersonNameCount(string Key, string Name, int Articles);
