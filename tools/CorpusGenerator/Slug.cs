using System.Text;

namespace CorpusGenerator;

/// <summary>URL slugs from headlines, as news sites build them.</summary>
public static class Slug
{
    public static string Of(string title, int maxWords)
    {
        var sb = new StringBuilder(title.Length);
        var words = 0;
        var inWord = false;
        foreach (var c in title)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (words == maxWords) break;
                    if (sb.Length > 0) sb.Append('-');
                    words++;
                }
                sb.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (c != '\'' && c != '’') inWord = false;
        }
        return sb.Length == 0 ? "story" : sb.ToString();
    }
}
