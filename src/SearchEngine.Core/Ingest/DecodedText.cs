namespace SearchEngine.Core.Ingest;

/// <summary>The outcome of decoding a file's bytes: text (with a note when the encoding was not plain UTF-8) or an error.</summary>
public sealed record DecodedText(string? Text, string? EncodingNote, string? Error)
{
    public static DecodedText Failure(string error) => new(null, null, error);
}
