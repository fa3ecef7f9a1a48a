namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Which words of a text count as a number or a name in the same-story evidence: a number has at least two digits
/// ("28", "1.5", "600,000"; not "5"), a name is a capitalised word that is not a function word and does not start a
/// sentence. <see cref="FingerprintBuilder"/> applies these rules when it builds a fingerprint, and
/// <see cref="StoryExplainer"/> applies them to say which numbers and names two articles share.
/// </summary>
internal static class StoryWords
{
    /// <summary>Whether a word of <paramref name="text"/> counts as a number: at least two digits.</summary>
    public static bool IsNumber(string text, WordToken token) => token.Kind == WordKind.Number && DigitCount(text, token) >= 2;

    /// <summary>Whether a word of <paramref name="text"/> counts as a name: capitalised, not a function word, not a sentence's first word.</summary>
    public static bool IsName(string text, WordToken token) =>
        token.Kind == WordKind.Capitalized && !StopWords.Contains(token.Hash) && !StartsSentence(text, token.Start);

    /// <summary>Whether a word is a function word ("the", "said", "Monday") that carries no story evidence.</summary>
    public static bool IsStopWord(WordToken token) => StopWords.Contains(token.Hash);

    /// <summary>The 32-bit key a fingerprint stores for a word.</summary>
    public static uint Key(WordToken token) => Hash64.Fold(token.Hash);

    private static bool StartsSentence(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n' || c is '.' or '!' or '?' or ':' or '•' or '–' or '—') return true;
            if (char.IsLetterOrDigit(c) || c == ',' || c == ';') return false;
        }
        return true;
    }

    private static int DigitCount(string text, WordToken token)
    {
        var digits = 0;
        for (var i = token.Start; i < token.End; i++) if (char.IsDigit(text[i])) digits++;
        return digits;
    }
}
