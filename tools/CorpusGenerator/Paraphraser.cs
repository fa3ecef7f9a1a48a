using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGenerator;

/// <summary>
/// Surface rewording without an NLP model: common words swapped for synonyms outside quotations, and attributions
/// moved to the front ("…, Smith said." becomes "Smith said …"). Names, numbers and quoted words stay as they were,
/// which is what a rewrite of one story keeps.
/// </summary>
public static partial class Paraphraser
{
    private static readonly Dictionary<string, string[]> Synonyms = Build(
        "said:stated,noted,added|says:states,notes|told:informed|also:additionally|however:nevertheless|but:yet|big:large,major|large:big,sizeable|small:modest,minor|increase:rise,jump|rose:climbed,grew|fell:dropped,slipped|decline:drop,fall|reported:disclosed|announced:unveiled,disclosed|important:key,significant|significant:substantial,notable|people:individuals|government:administration,authorities|officials:authorities,representatives|company:firm,business|companies:firms,businesses|firm:company,business|expected:anticipated,forecast|help:aid|helped:assisted,aided|needed:required|showed:revealed,demonstrated|believe:think|believes:thinks,argues|think:believe,feel|started:began|began:started|ended:finished,concluded|buy:purchase,acquire|bought:purchased,acquired|sell:offload|sold:offloaded|gave:provided,offered|want:wish,seek|wants:seeks,wishes|wanted:sought,wished|try:attempt,seek|tried:attempted,sought|many:numerous|several:a number of,various|very:highly,extremely|quickly:rapidly,swiftly|recently:lately|currently:now,at present|often:frequently|major:big,leading|latest:newest,most recent|previous:earlier,prior|next:coming,following|during:throughout,amid|before:prior to,ahead of|because:since,as|although:though,even though|about:around|around:about|nearly:almost,close to|almost:nearly|including:among them,such as|statement:release,announcement|supported:backed,endorsed|oppose:resist,reject|opposed:resisted,rejected|warned:cautioned|warn:caution|claimed:asserted,alleged|decision:ruling,move|decided:chose,opted|leader:chief,head|leaders:chiefs,heads|country:nation|countries:nations|city:town|problem:issue,difficulty|problems:issues,difficulties|issues:matters,questions|change:shift|changes:shifts,alterations|changed:altered,shifted|law:legislation|bill:measure|meeting:talks,session|talks:negotiations,discussions|agreement:deal,accord|price:cost|prices:costs|costs:expenses|money:funds,cash|funding:financing,funds|growth:expansion|jobs:positions,roles|workers:employees,staff|employees:workers,staff|children:kids,youngsters|students:pupils|attack:assault,strike|attacks:assaults,strikes|war:conflict|concerns:worries,fears|concern:worry,unease|remain:stay|remained:stayed|possible:feasible|difficult:hard,tough|easy:simple|hard:difficult,tough|clear:plain,evident|strong:robust,powerful|weak:feeble,soft|low:modest|short:brief|good:positive|bad:poor|best:finest,top|question:query|questions:queries|responded:replied,answered|described:characterised,portrayed|received:got,obtained|spending:expenditure|budget:spending plan|tax:levy|taxes:levies|spokesman:spokesperson|spokeswoman:spokesperson|earlier:previously|despite:in spite of|across:throughout|within:inside|should:ought to|could:might|would:will|must:have to|allowed:permitted|allow:permit|stop:halt|stopped:halted|group:organisation|groups:organisations|members:participants|member:participant|raise:lift,boost|raised:lifted,boosted|cuts:reductions|reduced:lowered,trimmed|reduce:lower,trim|shares:stock|profit:earnings|profits:earnings|sales:revenues|plans:intends");

    private static Dictionary<string, string[]> Build(string spec)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var entry in spec.Split('|'))
        {
            var colon = entry.IndexOf(':');
            map[entry[..colon]] = entry[(colon + 1)..].Split(',');
        }
        return map;
    }

    public static bool HasSynonym(string lowerWord) => Synonyms.ContainsKey(lowerWord);

    /// <summary>A synonym for one word, keeping its initial capital; null when the word has none.</summary>
    public static string? SynonymFor(string word, Rng rng)
    {
        if (word.Length == 0) return null;
        var lower = word.ToLowerInvariant();
        if (!Synonyms.TryGetValue(lower, out var options)) return null;
        if (word != lower && !(char.IsUpper(word[0]) && word[1..] == lower[1..])) return null; // acronyms, names
        var chosen = options[rng.Next(options.Length)];
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(chosen[0]) + chosen[1..] : chosen;
    }

    /// <summary>Replaces words that have synonyms with probability <paramref name="rate"/>, leaving quoted text alone.</summary>
    public static string Reword(string sentence, double rate, Rng rng)
    {
        var sb = new StringBuilder(sentence.Length + 16);
        var inQuote = false;
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (c is '“') inQuote = true;
            else if (c is '”') inQuote = false;
            else if (c is '"') inQuote = !inQuote;
            if (!char.IsLetter(c))
            {
                sb.Append(c);
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.Length && (char.IsLetter(sentence[i]) || (sentence[i] == '\'' && i + 1 < sentence.Length && char.IsLetter(sentence[i + 1])))) i++;
            var word = sentence[start..i];
            string? replacement = null;
            var hyphenated = (start > 0 && sentence[start - 1] == '-') || (i < sentence.Length && sentence[i] == '-');
            var capitalAllowed = char.IsLower(word[0]) || AtSentenceStart(sentence, start);
            if (!inQuote && !hyphenated && capitalAllowed && rng.Chance(rate)) replacement = SynonymFor(word, rng);
            if (replacement is not null) FixArticle(sb, replacement);
            sb.Append(replacement ?? word);
        }
        return sb.ToString();
    }

    private static bool AtSentenceStart(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] is '"' or '“' or '‘')) k--;
        return k < 0 || text[k] is '.' or '?' or '!';
    }

    // "a" before a replacement starting with a vowel becomes "an", and the other way round.
    private static void FixArticle(StringBuilder sb, string next)
    {
        var vowel = "aeiouAEIOU".Contains(next[0]);
        var len = sb.Length;
        if (vowel && len >= 2 && sb[len - 1] == ' ' && (sb[len - 2] == 'a' || sb[len - 2] == 'A') && (len == 2 || !char.IsLetter(sb[len - 3])))
            sb.Insert(len - 1, 'n');
        else if (!vowel && len >= 3 && sb[len - 1] == ' ' && sb[len - 2] == 'n' && (sb[len - 3] == 'a' || sb[len - 3] == 'A') && (len == 3 || !char.IsLetter(sb[len - 4])))
            sb.Remove(len - 2, 1);
    }

    /// <summary>"The plan will fail, Smith said." becomes "Smith said the plan will fail."; null when the pattern is absent.</summary>
    public static string? FrontAttribution(string sentence)
    {
        var m = TrailingAttribution().Match(sentence);
        if (!m.Success) return null;
        var who = m.Groups["who"].Value;
        var verb = m.Groups["verb"].Value;
        var what = m.Groups["what"].Value.TrimEnd();
        var punct = m.Groups["punct"].Value;
        if (punct is ",”" or ",\"") return $"{Capital(who)} {verb}: {what}.{punct[1]}";
        if (punct is "”" or "\"") return $"{Capital(who)} {verb}: {what}{punct}";
        if (what.Length < 2 || what.Contains('“') || what.Contains('"') || what.Contains('”')) return null;
        var firstWord = what.Split(' ', 2)[0];
        var lowerFirst = firstWord is "The" or "A" or "An" or "It" or "This" or "That" or "There" or "They" or "He" or "She" or "We" or "Its" or "Their"
            ? char.ToLowerInvariant(what[0]) + what[1..]
            : what;
        return $"{Capital(who)} {verb} that {lowerFirst}.";
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"^(?<what>.{12,}?)(?<punct>,[”""]|,|[”""])? (?<who>(?:[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})|he|she|they) (?<verb>said|says|added|told reporters)\.$")]
    private static partial Regex TrailingAttribution();
}
