using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Lines of web-page furniture that an excerpt copied from a page picks up at its edges: comment prompts
/// ("Leave a Comment", "12 comments"), share and follow lines ("Share this article", "Follow us on X", a row of network
/// names), page labels ("Advertisement", "Read more", "Tags: …") and runs of one short token repeated
/// ("comm comm comm", "* * *"). A line counts only as a whole: a sentence that merely mentions comments or sharing
/// ("He declined to comment.") is prose. Callers look only at an excerpt's first and last lines.
/// </summary>
internal static partial class PageChrome
{
    /// <summary>Longer lines are prose, whatever they start with.</summary>
    private const int MaxLength = 60;

    private static readonly HashSet<string> NetworkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "print", "reddit", "pinterest",
        "telegram", "share", "tweet", "copy", "link", "messenger", "bluesky", "threads", "flipboard", "sms",
    };

    /// <summary>True when <paramref name="line"/> is page furniture rather than text of the article.</summary>
    public static bool IsChromeLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength) return false;
        return Prompt().IsMatch(trimmed) || IsNetworkRow(trimmed) || IsRepeatedToken(trimmed) || IsSeparator(trimmed);
    }

    /// <summary>"Facebook Twitter Email", "Share | Tweet | Print": two or more share-button labels and nothing else.</summary>
    private static bool IsNetworkRow(string line)
    {
        var words = line.Split([' ', '\t', '|', '·', '•', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(NetworkWords.Contains);
    }

    /// <summary>"comm comm comm": one short token three or more times, nothing else (a stray widget label).</summary>
    private static bool IsRepeatedToken(string line)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words[0].Length <= 12
               && words.All(w => string.Equals(w, words[0], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"* * *", "———", "###": a rule drawn with marks, no words.</summary>
    private static bool IsSeparator(string line) =>
        line.All(c => c is ' ' or '\t' or '*' or '-' or '–' or '—' or '_' or '=' or '~' or '•' or '·' or '#' or '+');

    /// <summary>Whole-line prompts and labels, in any case, with at most a closing colon, arrow or ellipsis.</summary>
    [GeneratedRegex("""
        ^(?:
            (?:leave|post|add|write|show|hide|view|read|see|load|join)\s+(?:(?:a|an|the|all|your|\d+)\s+)?(?:comments?|reply|replies|responses?|discussion|conversation)
          | (?:\d+|no|one)\s+(?:comments?|replies|responses)
          | comments?(?:\s*\(\d+\))?
          | comments?\s+(?:are\s+)?closed
          | share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|link))?(?:\s+(?:on|via|with)\s+[\w.-]+(?:\s+[\w.-]+)?)?
          | (?:follow|like)\s+(?:us|me|@\w+)(?:\s+on\s+[\w.-]+)?
          | follow\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+on\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)
          | (?:subscribe|sign\s+up)(?:\s+(?:now|today|here))?
          | (?:subscribe|sign\s+up)\b.*\b(?:newsletters?|updates|alerts|e-?mails?|briefings?)
          | advertisement|sponsored(?:\s+content)?
          | (?:read|see)\s+more(?:\s+(?:here|stories|news))?
          | continue\s+reading
          | click\s+here\b.*
          | like\s+this
          | loading
          | (?:tags|tagged|filed\s+under|categories|posted\s+in)\s*:.*
        )\s*[:.!…»›→]*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Prompt();
}
