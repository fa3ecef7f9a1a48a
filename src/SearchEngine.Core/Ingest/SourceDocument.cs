namespace SearchEngine.Core.Ingest;

/// <summary>
/// One decoded file, ready for extraction. <see cref="Text"/> has normalised line ends (LF) and no front matter.
/// </summary>
/// <param name="RelativePath">Path below the corpus root, with forward slashes.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="ContentHash">SHA-256 of the raw bytes, lower-case hex.</param>
/// <param name="Metadata">Sidecar metadata over front matter; empty when neither exists.</param>
/// <param name="EncodingNote">Set when the file was not plain UTF-8 (for example decoded as Windows-1252).</param>
public sealed record SourceDocument(
    string RelativePath,
    string Text,
    string ContentHash,
    SourceMetadata Metadata,
    string? EncodingNote = null);
