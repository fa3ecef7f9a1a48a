namespace SearchEngine.Core.Duplicates;

/// <summary>
/// One word of an article's text: its span [Start, End) in the original text and the hash of its folded form,
/// so that shingles and passages can be computed on hashes yet reported as character offsets.
/// </summary>
/// <param name="Start">First character of the word in the text.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Hash">Hash of the word after case and punctuation folding.</param>
/// <param name="Kind">Whether the word is a number or starts with a capital, for the same-story evidence.</param>
public readonly record struct WordToken(int Start, int End, ulong Hash, WordKind Kind);
