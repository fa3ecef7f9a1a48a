using System.Security.Cryptography;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Reads one listed file into a <see cref="SourceDocument"/>, or says why it cannot: too large, unreadable,
/// binary, empty, or gone since it was listed. Metadata precedence: sidecar row, then front matter; the folder's
/// publisher (<see cref="FolderPublishers"/>) rides along for extraction to use when neither names an outlet.
/// </summary>
public sealed class DocumentReader(SidecarMetadata sidecars, IngestOptions options, FolderPublishers? publishers = null)
{
    /// <summary>A reader of a scanned corpus, with its sidecars and folders' publishers.</summary>
    public DocumentReader(CorpusListing listing, IngestOptions options) : this(listing.Sidecars, options, listing.Publishers) { }

    /// <summary>The document, or the reason the file is skipped.</summary>
    public (SourceDocument? Document, SkippedFile? Skipped) Read(SourceFile file)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (!info.Exists) return Skip(file, "file vanished before it could be read");
            if (info.Length > options.MaxFileBytes)
                return Skip(file, $"too large ({info.Length:N0} bytes; the limit is {options.MaxFileBytes:N0})");
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Skip(file, ex is FileNotFoundException or DirectoryNotFoundException
                ? "file vanished before it could be read"
                : $"could not be read: {ex.Message}");
        }

        if (bytes.LongLength > options.MaxFileBytes)
            return Skip(file, $"too large ({bytes.LongLength:N0} bytes; the limit is {options.MaxFileBytes:N0})");

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null) return Skip(file, decoded.Error);

        var (frontMatter, text) = FrontMatter.Split(decoded.Text!);
        if (string.IsNullOrWhiteSpace(text)) return Skip(file, "no text after the front matter");
        var metadata = sidecars.Lookup(file.RelativePath).Over(frontMatter) with
        {
            FolderOutlet = publishers?.Lookup(file.RelativePath),
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new SourceDocument(file.RelativePath, text, hash, metadata, decoded.EncodingNote), null);
    }

    private static (SourceDocument?, SkippedFile?) Skip(SourceFile file, string reason) =>
        (null, new SkippedFile(file.RelativePath, reason));
}
