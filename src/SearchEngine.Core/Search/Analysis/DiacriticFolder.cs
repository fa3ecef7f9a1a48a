namespace SearchEngine.Core.Search.Analysis;

/// <summary>
/// Folds Latin letters with diacritics to their base letter (Núñez → Nunez, Łódź → Lodz), like FTS5's
/// <c>remove_diacritics 2</c>. A table, not Unicode normalisation, so it behaves the same with invariant globalization.
/// </summary>
public static class DiacriticFolder
{
    // Base letters for U+00C0..U+024F (from their canonical decompositions, plus stroked letters such as Ø, Ł, Đ);
    // '\0' means the character stays as it is (ligatures such as Æ and Œ, ß, Þ).
    private const string Table =
        "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0" +
        "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" +
        "GgGgHhHhIiIiIiIiIi\0\0JjKk\0LlLlLl\0" +
        "\0LlNnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSs" +
        "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\0" +
        "bB\0\0\0\0\0Cc\0DDd\0\0\0\0FfG\0\0\0IKkl\0\0Nn\0" +
        "Oo\0\0Pp\0\0\0\0\0tTtTUu\0VYyZz\0\0\0\0\0\0\0\0\0" +
        "\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0Aa" +
        "Aa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0" +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh" +
        "\0\0\0\0ZzAaEeOoOoOoOoYylntj\0\0\0CcLTs" +
        "z\0\0BU\0EeJj\0\0RrYy";

    public static char Fold(char c)
    {
        if (c < 0xC0 || c > 0x24F) return c;
        var folded = Table[c - 0xC0];
        return folded == '\0' ? c : folded;
    }

    /// <summary>True when folding could change the text.</summary>
    public static bool MayFold(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c >= 0xC0) return true;
        return false;
    }

    public static string Fold(string text)
    {
        if (!MayFold(text)) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }
}
