namespace SearchEngine.Core.Duplicates;

/// <summary>What a piece of one-sided evidence is.</summary>
public enum EvidenceKind
{
    /// <summary>A person the article names.</summary>
    Person = 0,

    /// <summary>A number the article gives.</summary>
    Number = 1,
}
