namespace SearchEngine.Core.Index;

/// <summary>What the index remembers of a source file: enough to tell, without reading it, whether it changed, and
/// which articles it gave.</summary>
internal sealed record IndexedFile(string Path, long Size, long LastWriteTicks, string ContentHash, string Signature,
    IReadOnlyList<string> ArticleIds)
{
    private const char Separator = '\u001f';

    public int ArticleCount => ArticleIds.Count;

    /// <summary>One line of text kept in the file document's doc values (read for every file at the start of a run).</summary>
    public string Encode() =>
        string.Join(Separator, new[] { Path, Size.ToString(), LastWriteTicks.ToString(), ContentHash, Signature }.Concat(ArticleIds));

    public static IndexedFile Decode(string encoded)
    {
        var parts = encoded.Split(Separator);
        return new IndexedFile(parts[0], long.Parse(parts[1]), long.Parse(parts[2]), parts[3], parts[4], parts[5..]);
    }
}
