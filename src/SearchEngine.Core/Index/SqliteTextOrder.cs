namespace SearchEngine.Core.Index;

/// <summary>
/// Orders strings as SQLite's BINARY collation orders their UTF-8 bytes, which is code-point order. Ordinal UTF-16
/// comparison differs from it only where a surrogate pair meets a character from U+E000 to U+FFFF; a merge that reads
/// SQLite cursors in term order must agree with SQLite exactly, or equal terms would not meet.
/// </summary>
internal sealed class SqliteTextOrder : IComparer<string>
{
    public static readonly SqliteTextOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var (a, b) = (x[i], y[i]);
            if (a != b) return CodePointRank(a) - CodePointRank(b);
        }
        return x.Length - y.Length;
    }

    // Surrogates (U+D800..U+DFFF) stand for code points above U+FFFF: move them above U+E000..U+FFFF.
    private static int CodePointRank(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
