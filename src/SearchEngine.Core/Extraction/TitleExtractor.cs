namespace SearchEngine.Core.Extraction;

/// <summary>Finds an article's headline line, or makes a readable title from its lede when it has none.</summary>
public static class TitleExtractor
{
    private const int MaxTitleLength = 110;

    /// <summary>
    /// Splits off the first line when it reads as a headline: short, not a long sentence, and followed by more text.
    /// </summary>
    public static (string? Headline, string Body) SplitHeadline(string text)
    {
        var newline = text.IndexOf('\n');
        if (newline < 0) return (null, text);
        var first = text.AsSpan(0, newline).Trim();
        // the body is copied once, after its leading blank lines, and only when the first line is a headline
        var restStart = newline + 1;
        while (restStart < text.Length && text[restStart] is '\n' or ' ' or '\t') restStart++;
        var words = CountWords(first);
        var looksLikeHeadline = first.Length is > 0 and <= 200 && words <= 25 && restStart < text.Length
            && !(first.EndsWith('.') && words > 12);
        return looksLikeHeadline ? (first.ToString(), text[restStart..]) : (null, text);
    }

    /// <summary>The number of space-separated words (what <c>Split(' ', RemoveEmptyEntries)</c> would give).</summary>
    private static int CountWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var k = 0; k < line.Length; k++)
            if (line[k] != ' ' && (k == 0 || line[k - 1] == ' ')) count++;
        return count;
    }

    /// <summary>A readable title from the lede: its first sentence, cut at a word boundary when long.</summary>
    public static string FromLede(string body)
    {
        var lede = body.AsSpan().TrimStart();
        var lineEnd = lede.IndexOf('\n');
        var firstLine = (lineEnd < 0 ? lede : lede[..lineEnd]).Trim().ToString();
        var sentence = FirstSentence(firstLine);
        if (sentence.Length <= MaxTitleLength) return sentence;
        var cut = sentence.LastIndexOf(' ', MaxTitleLength);
        var shortened = sentence[..(cut > 40 ? cut : MaxTitleLength)].TrimEnd(',', ';', ':', ' ', '—', '–', '-');
        return shortened + "…";
    }

    private static string FirstSentence(string line)
    {
        for (var i = 20; i < line.Length - 1; i++)
        {
            if (line[i] is not ('.' or '!' or '?') || line[i + 1] != ' ') continue;
            if (i + 2 < line.Length && !char.IsUpper(line[i + 2]) && line[i + 2] is not ('“' or '"')) continue;
            var wordStart = line.LastIndexOf(' ', i - 1) + 1;
            var word = line[wordStart..i];
            if (WordTokenizer.IsAbbreviation(word) || (word.Length <= 3 && word.Contains('.')) || (word.Length == 1 && char.IsUpper(word[0])))
                continue;
            return line[..(i + 1)];
        }
        return line;
    }
}
