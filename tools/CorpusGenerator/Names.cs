using System.Text;

namespace CorpusGenerator;

/// <summary>Swaps one person for another throughout a text: the full name, then the surname standing alone.</summary>
public static class Names
{
    // Surnames that are also ordinary capitalised words; replacing them alone would rewrite months and places.
    private static readonly HashSet<string> AmbiguousSurnames = new(StringComparer.Ordinal)
    {
        "May", "June", "April", "August", "March", "Will", "Young", "Rose", "Long", "Price", "House", "Hill", "Green",
        "White", "Black", "Brown", "King", "Cook", "Park", "Love", "Rice", "Reed", "Hope", "Chase", "Grant", "Bill", "Mark",
        "Rich", "Little", "Small", "Best", "Church", "Ford", "Bank", "Street", "West", "North", "South", "East", "Post",
        "Power", "Wall", "Guard", "Justice", "Court", "General", "Major", "Bishop", "Pope", "Marshall", "Sterling",
    };

    public static string Replace(string text, string oldName, string newName)
    {
        if (text.Length == 0) return text;
        var result = ReplaceWord(text, oldName, newName);
        var oldLast = oldName[(oldName.LastIndexOf(' ') + 1)..];
        var newLast = newName[(newName.LastIndexOf(' ') + 1)..];
        if (oldLast.Length > 2 && !AmbiguousSurnames.Contains(oldLast)) result = ReplaceWord(result, oldLast, newLast);
        return result;
    }

    private static string ReplaceWord(string text, string word, string replacement)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length + 32);
        var from = 0;
        while (at >= 0)
        {
            var end = at + word.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
            if (bounded)
            {
                sb.Append(text, from, at - from).Append(replacement);
                from = end;
            }
            at = text.IndexOf(word, end, StringComparison.Ordinal);
        }
        sb.Append(text, from, text.Length - from);
        return sb.ToString();
    }
}
