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
        var first = text[..newline].Trim();
        var rest = text[(newline + 1)..].TrimStart('\n', ' ', '\t');
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var looksLikeHeadline = first.Length is > 0 and <= 200 && words <= 25 && rest.Length > 0
            && !(first.EndsWith('.') && words > 12);
        return looksLikeHeadline ? (first, rest) : (null, text);
    }

    /// <summary>A readable title from the lede: its first sentence, cut at a word boundary when long.</summary>
    public static string FromLede(string body)
    {
        var firstLine = body.TrimStart().Split('\n', 2)[0].Trim();
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
