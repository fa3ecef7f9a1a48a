namespace SearchEngine.Core.Index;

/// <summary>What the index remembers of a source file: enough to tell, without reading it, whether it changed.</summary>
internal sealed record IndexedFile(string Path, long Size, long LastWriteTicks, string ContentHash, string Signature, int ArticleCount);
