namespace SearchEngine.Core.Index;

/// <summary>What an index holds.</summary>
public sealed record IndexStats(
    int Articles,
    int Files,
    int Outlets,
    int Persons,
    int CitedOutlets,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    long IndexBytes,
    long Generation);
