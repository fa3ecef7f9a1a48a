namespace SearchEngine.Core.Duplicates;

/// <summary>How alike two articles are, from the strictest level to the loosest; each level implies the ones after it except <see cref="Passage"/>.</summary>
public enum DuplicateLevel
{
    /// <summary>The same text once whitespace, case and punctuation are folded.</summary>
    Exact = 0,

    /// <summary>The same text with light edits: word 5-shingle Jaccard at or above the threshold.</summary>
    Near = 1,

    /// <summary>Different words, one underlying report.</summary>
    Story = 2,

    /// <summary>Otherwise different articles that share a passage; a link, not an equivalence.</summary>
    Passage = 3,
}
