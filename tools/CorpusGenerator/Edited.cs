namespace CorpusGenerator;

/// <summary>A derived draft with its measured 5-shingle Jaccard to the source and a short list of what was changed.</summary>
public sealed record Edited(Draft Draft, double Jaccard, string Edits);
