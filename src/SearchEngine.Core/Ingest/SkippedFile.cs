namespace SearchEngine.Core.Ingest;

/// <summary>A file the ingest did not index, and why. Skipping one file never stops a run.</summary>
public sealed record SkippedFile(string RelativePath, string Reason);
