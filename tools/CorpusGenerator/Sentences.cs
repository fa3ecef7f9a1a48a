namespace CorpusGenerator;

/// <summary>A plain sentence splitter: good enough to recombine news prose, not a linguistic tool.</summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Jr", "Sr", "Inc", "Corp", "Co",
        "Ltd", "No", "U.S", "U.K", "U.N", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Prof",
    };

    public static List<string> Split(string paragraph)
    {
        var result = new List<string>();
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c == '“') inQuote = true;
            else if (c == '”') inQuote = false;
            else if (c == '"') inQuote = !inQuote;
            if (c is not ('.' or '?' or '!')) continue;
            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '”' or '’' or '\'' or ')')
            {
                if (paragraph[end] is '"' or '”') inQuote = false;
                end++;
            }
            if (inQuote) continue;
            if (end >= paragraph.Length || paragraph[end] != ' ') continue;
            var next = end + 1;
            if (next >= paragraph.Length) continue;
            var n = paragraph[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '(')) continue;
            if (c == '.' && IsAbbreviation(paragraph, i)) continue;
            result.Add(paragraph[start..end]);
            start = next;
            i = end;
        }
        if (start < paragraph.Length) result.Add(paragraph[start..]);
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] == '.')) s--;
        var word = text[(s + 1)..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        return Abbreviations.Contains(word);
    }
}
