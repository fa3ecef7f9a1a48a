namespace SearchEngine.Core.Extraction;

/// <summary>One excerpt of a digest file, with what its own header lines say about it.</summary>
/// <param name="Title">The excerpt's headline, or a title made from its lede.</param>
/// <param name="Text">The excerpt's text after its headline.</param>
/// <param name="Outlet">Its publisher, from a source tag or credit line; null when the excerpt does not say.</param>
/// <param name="Author">Its author, from a byline, an opinion title, an author line or a signature.</param>
/// <param name="Date">Its date: its own header date, else the digest's day heading, else the digest's date.</param>
/// <param name="Warnings">Problems met, such as a malformed date.</param>
public sealed record DigestExcerpt(string Title, string Text, string? Outlet, string? Author, DateOnly? Date, IReadOnlyList<string> Warnings);
