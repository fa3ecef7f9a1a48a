namespace SearchEngine.Core.Search.Analysis;

/// <summary>
/// Martin Porter's 1980 stemming algorithm, the one SQLite's FTS5 <c>porter</c> tokenizer applies, so that terms
/// computed here for ranking are the terms the full-text index matches. Works on lower-case ASCII words; like FTS5,
/// it leaves words shorter than 3 or longer than 64 characters, and words with other characters, as they are.
/// </summary>
public static class PorterStemmer
{
    private const int MaxLength = 64;

    public static string Stem(string word)
    {
        if (word.Length < 3 || word.Length > MaxLength) return word;
        foreach (var c in word)
            if (c >= 0x80 || char.IsAsciiLetterUpper(c)) return word;
        Span<char> buffer = stackalloc char[MaxLength];
        word.AsSpan().CopyTo(buffer);
        var length = Stem(buffer[..word.Length]);
        return buffer[..length].SequenceEqual(word) ? word : new string(buffer[..length]);
    }

    /// <summary>Stems in place; returns the new length.</summary>
    public static int Stem(Span<char> w)
    {
        var k = w.Length;
        if (k < 3 || k > MaxLength) return k;
        k = Step1a(w, k);
        k = Step1b(w, k);
        k = Step1c(w, k);
        k = Step2(w, k);
        k = Step3(w, k);
        k = Step4(w, k);
        k = Step5(w, k);
        return k;
    }

    private static bool IsConsonant(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m(): the number of VC sequences in w[0..length).</summary>
    private static int Measure(ReadOnlySpan<char> w, int length)
    {
        var m = 0;
        var i = 0;
        while (i < length && IsConsonant(w, i)) i++;
        while (i < length)
        {
            while (i < length && !IsConsonant(w, i)) i++;
            if (i >= length) break;
            while (i < length && IsConsonant(w, i)) i++;
            m++;
        }
        return m;
    }

    private static bool HasVowel(ReadOnlySpan<char> w, int length)
    {
        for (var i = 0; i < length; i++)
            if (!IsConsonant(w, i)) return true;
        return false;
    }

    private static bool EndsWithDoubleConsonant(ReadOnlySpan<char> w, int length) =>
        length >= 2 && w[length - 1] == w[length - 2] && IsConsonant(w, length - 1);

    /// <summary>*o: stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
    private static bool EndsCvc(ReadOnlySpan<char> w, int length) =>
        length >= 3 && IsConsonant(w, length - 3) && !IsConsonant(w, length - 2) && IsConsonant(w, length - 1)
        && w[length - 1] is not ('w' or 'x' or 'y');

    private static bool EndsWith(ReadOnlySpan<char> w, int length, string suffix) =>
        length >= suffix.Length && w[..length].EndsWith(suffix);

    private static int Replace(Span<char> w, int length, string suffix, string replacement)
    {
        var stem = length - suffix.Length;
        replacement.AsSpan().CopyTo(w[stem..]);
        return stem + replacement.Length;
    }

    /// <summary>Replaces the suffix when the measure of the stem before it is above <paramref name="minMeasure"/>.</summary>
    private static bool TryReplace(Span<char> w, ref int length, string suffix, string replacement, int minMeasure)
    {
        if (!EndsWith(w, length, suffix)) return false;
        if (Measure(w, length - suffix.Length) > minMeasure) length = Replace(w, length, suffix, replacement);
        return true;
    }

    private static int Step1a(Span<char> w, int k)
    {
        if (EndsWith(w, k, "sses")) return k - 2;
        if (EndsWith(w, k, "ies")) return k - 2;
        if (EndsWith(w, k, "ss")) return k;
        if (EndsWith(w, k, "s")) return k - 1;
        return k;
    }

    private static int Step1b(Span<char> w, int k)
    {
        if (EndsWith(w, k, "eed"))
            return Measure(w, k - 3) > 0 ? k - 1 : k;

        int stem;
        if (EndsWith(w, k, "ed") && HasVowel(w, k - 2)) stem = k - 2;
        else if (EndsWith(w, k, "ing") && HasVowel(w, k - 3)) stem = k - 3;
        else return k;

        k = stem;
        if (EndsWith(w, k, "at") || EndsWith(w, k, "bl") || EndsWith(w, k, "iz"))
        {
            w[k] = 'e';
            return k + 1;
        }
        if (EndsWithDoubleConsonant(w, k) && w[k - 1] is not ('l' or 's' or 'z')) return k - 1;
        if (Measure(w, k) == 1 && EndsCvc(w, k))
        {
            w[k] = 'e';
            return k + 1;
        }
        return k;
    }

    private static int Step1c(Span<char> w, int k)
    {
        if (w[k - 1] == 'y' && HasVowel(w, k - 1)) w[k - 1] = 'i';
        return k;
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    // Longest first: where suffixes nest ("ement", "ment", "ent") the reference tries the longest and stops there.
    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti", "ous", "ive", "ize",
        "al", "er", "ic", "ou",
    ];

    private static int Step2(Span<char> w, int k)
    {
        foreach (var (suffix, replacement) in Step2Rules)
            if (TryReplace(w, ref k, suffix, replacement, 0)) return k;
        return k;
    }

    private static int Step3(Span<char> w, int k)
    {
        foreach (var (suffix, replacement) in Step3Rules)
            if (TryReplace(w, ref k, suffix, replacement, 0)) return k;
        return k;
    }

    private static int Step4(Span<char> w, int k)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, k, suffix)) continue;
            var stem = k - suffix.Length;
            if (suffix == "ion" && (stem == 0 || w[stem - 1] is not ('s' or 't'))) return k;
            return Measure(w, stem) > 1 ? stem : k;
        }
        return k;
    }

    private static int Step5(Span<char> w, int k)
    {
        if (w[k - 1] == 'e')
        {
            var m = Measure(w, k - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, k - 1))) k--;
        }
        if (w[k - 1] == 'l' && EndsWithDoubleConsonant(w, k) && Measure(w, k) > 1) k--;
        return k;
    }
}
