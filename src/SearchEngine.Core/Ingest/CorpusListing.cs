namespace SearchEngine.Core.Ingest;

/// <summary>What a scan of a corpus folder found: article files, sidecar metadata, folders' publishers, and files passed over.</summary>
public sealed record CorpusListing(
    string Root,
    IReadOnlyList<SourceFile> Files,
    SidecarMetadata Sidecars,
    FolderPublishers Publishers,
    IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>What is known of a file before it is read: its sidecar row and its folder's publisher.</summary>
    public SourceMetadata MetadataFor(string relativePath) =>
        Sidecars.Lookup(relativePath) with { FolderOutlet = Publishers.Lookup(relativePath) };
}
