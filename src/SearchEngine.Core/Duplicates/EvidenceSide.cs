namespace SearchEngine.Core.Duplicates;

/// <summary>Which of the two compared articles a piece of one-sided evidence comes from.</summary>
public enum EvidenceSide
{
    /// <summary>The first article of the comparison.</summary>
    A = 0,

    /// <summary>The second article of the comparison.</summary>
    B = 1,
}
