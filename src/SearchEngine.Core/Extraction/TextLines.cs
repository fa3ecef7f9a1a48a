namespace SearchEngine.Core.Extraction;

/// <summary>The lines of a text, numbered from zero as <see cref="WordToken.Line"/> numbers them.</summary>
internal static class TextLines
{
    /// <summary>The numbers of the lines for which <paramref name="test"/> holds.</summary>
    public static HashSet<int> Where(string text, Func<ReadOnlySpan<char>, bool> test)
    {
        var result = new HashSet<int>();
        var line = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (test(text.AsSpan(start, end - start))) result.Add(line);
            line++;
            start = end + 1;
        }
        return result;
    }
}
