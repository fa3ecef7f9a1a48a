namespace SearchEngine.Core.Extraction;

/// <summary>A word of an article's text with what the rules need to know about its surroundings.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character, a possessive ending excluded.</param>
/// <param name="Text">The word as written (an initial keeps its period: "J.D.").</param>
/// <param name="SentenceStart">First word of a sentence, line, or quotation, where capitals say nothing.</param>
/// <param name="Possessive">The word carried a possessive 's.</param>
/// <param name="JoinedToPrevious">Only a space (or the period of an abbreviation) separates it from the previous word.</param>
/// <param name="Line">Index of the line the word is on.</param>
internal readonly record struct WordToken(
    int Start, int End, string Text, bool SentenceStart, bool Possessive, bool JoinedToPrevious, int Line)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            if (Text.Length < 2) return false;
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
            return letters >= 2;
        }
    }

    /// <summary>A single capital with a period ("P.") or a run of them ("J.D.").</summary>
    public bool IsInitial => Text.Length >= 2 && Text[^1] == '.' && char.IsUpper(Text[0]);
}
