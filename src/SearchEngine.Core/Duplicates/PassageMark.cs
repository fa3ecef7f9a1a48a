namespace SearchEngine.Core.Duplicates;

/// <summary>
/// One winnowed fingerprint of a word n-gram: its hash, its word position, and its character span [Start, End)
/// in the article text. Two articles sharing a run of marks on one diagonal share a passage.
/// </summary>
public readonly record struct PassageMark(uint Hash, int Word, int Start, int End);
