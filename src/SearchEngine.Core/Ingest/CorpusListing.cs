namespace SearchEngine.Core.Ingest;

/// <summary>What a scan of a corpus folder found: article files, sidecar metadata, and files passed over.</summary>
public sealed record CorpusListing(
    string Root,
    IReadOnlyList<SourceFile> Files,
    SidecarMetadata Sidecars,
    IReadOnlyList<SkippedFile> Skipped);
