namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Something prominent in one article and absent from the other: a person it names repeatedly, quotes or puts in
/// its title, or a number it leads with or repeats. Two reports of one story rarely disagree on these; two events of
/// one topic (two different votes, two different attacks) usually do.
/// </summary>
/// <param name="Side">The article that has it.</param>
/// <param name="Kind">A person or a number.</param>
/// <param name="Text">The person's name or the number, as that article writes it.</param>
/// <param name="Mentions">How often that article mentions it.</param>
public sealed record OneSidedEvidence(EvidenceSide Side, EvidenceKind Kind, string Text, int Mentions);
