namespace SearchEngine.Core.Duplicates;

/// <summary>What a word looks like, as far as the same-story evidence cares.</summary>
public enum WordKind : byte
{
    Lower = 0,
    Capitalized = 1,
    Number = 2,
}
