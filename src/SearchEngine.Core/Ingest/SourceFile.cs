namespace SearchEngine.Core.Ingest;

/// <summary>A file found under the corpus root, before it is read.</summary>
/// <param name="RelativePath">Path below the root with forward slashes; the file's identity in the index.</param>
/// <param name="FullPath">Where to read it.</param>
/// <param name="Size">Length in bytes when listed.</param>
/// <param name="LastWriteTicks">Last write time (UTC ticks) when listed.</param>
public sealed record SourceFile(string RelativePath, string FullPath, long Size, long LastWriteTicks);
