namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Why two articles look like one story, and what says they might not be: what both name, quote and count, the
/// passages they share, how alike their titles are and how far apart they were published. Made by
/// <see cref="StoryExplainer"/>; every list is bounded and ordered most telling first.
/// </summary>
public sealed record StoryEvidence
{
    /// <summary>Persons both name, matched by identity key (or a surname against a full name), rarest names first.</summary>
    public EvidenceList<SharedPerson> Persons { get; init; } = EvidenceList<SharedPerson>.None;

    /// <summary>Quotations both carry, matched by shared word 4-grams, longest first.</summary>
    public EvidenceList<SharedQuote> Quotes { get; init; } = EvidenceList<SharedQuote>.None;

    /// <summary>Numbers both give, as the first article writes them ("$1.5 billion", "28"), rarest first.</summary>
    public EvidenceList<string> Numbers { get; init; } = EvidenceList<string>.None;

    /// <summary>Other capitalised names both use (places, organisations), as the first article writes them, rarest first.</summary>
    public EvidenceList<string> Names { get; init; } = EvidenceList<string>.None;

    /// <summary>Every copied passage, in order of position in the first article.</summary>
    public IReadOnlyList<SharedPassage> Passages { get; init; } = [];

    /// <summary>Words in all copied passages.</summary>
    public int PassageWords { get; init; }

    /// <summary>Jaccard similarity of the two titles' content words, in [0, 1].</summary>
    public double TitleSimilarity { get; init; }

    /// <summary>Content words both titles use, as the first title writes them.</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];

    /// <summary>Days between the two publication dates; null when either article is undated.</summary>
    public int? DaysApart { get; init; }

    /// <summary>Whether the dates are further apart than the same-story level's window, which lowers its score.</summary>
    public bool DatesFarApart { get; init; }

    /// <summary>Persons and numbers prominent in one article and absent from the other, most prominent first.</summary>
    public EvidenceList<OneSidedEvidence> Against { get; init; } = EvidenceList<OneSidedEvidence>.None;
}
