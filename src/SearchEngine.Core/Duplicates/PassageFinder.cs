namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Exact copied passages between two texts, for the compare view: every maximal word-aligned run of at least
/// <c>minWords</c> identical folded words, with character offsets in both texts. Seeds are word 8-grams looked up
/// in a hash table of the second text, then extended both ways, so the cost is linear in the texts plus the output.
/// </summary>
public static class PassageFinder
{
    private const int Seed = FingerprintBuilder.PassageGram;

    /// <summary>Passages shared by two texts, in order of their position in <paramref name="a"/>.</summary>
    public static IReadOnlyList<SharedPassage> Find(string a, string b, int minWords = 25) =>
        Find(TextNormalizer.Tokenize(a), TextNormalizer.Tokenize(b), minWords, sameText: false);

    /// <summary>Passages repeated inside one text (a digest quoting the same paragraph twice), first occurrence as A.</summary>
    public static IReadOnlyList<SharedPassage> FindWithin(string text, int minWords = 25)
    {
        var tokens = TextNormalizer.Tokenize(text);
        return Find(tokens, tokens, minWords, sameText: true);
    }

    private static List<SharedPassage> Find(List<WordToken> a, List<WordToken> b, int minWords, bool sameText)
    {
        var found = new List<SharedPassage>();
        if (a.Count < Seed || b.Count < Seed) return found;
        var positions = new Dictionary<ulong, List<int>>();
        for (var j = 0; j + Seed <= b.Count; j++)
        {
            var h = GramHash(b, j);
            if (!positions.TryGetValue(h, out var list)) positions[h] = list = [];
            list.Add(j);
        }
        var coveredUntil = new Dictionary<int, int>();
        for (var i = 0; i + Seed <= a.Count; i++)
        {
            if (!positions.TryGetValue(GramHash(a, i), out var list)) continue;
            foreach (var j in list)
            {
                if (sameText && j <= i) continue;
                var diagonal = j - i;
                if (coveredUntil.TryGetValue(diagonal, out var until) && i < until) continue;
                // Scanning i upwards, a run that extends backwards was already seeded and covered at an earlier i.
                var length = 0;
                while (i + length < a.Count && j + length < b.Count && a[i + length].Hash == b[j + length].Hash
                       && (!sameText || i + length < j)) length++;
                coveredUntil[diagonal] = i + length;
                if (length < minWords) continue;
                found.Add(new SharedPassage(
                    new TextSpan(a[i].Start, a[i + length - 1].End),
                    new TextSpan(b[j].Start, b[j + length - 1].End),
                    length));
            }
        }
        return found;
    }

    private static ulong GramHash(List<WordToken> tokens, int start)
    {
        var h = Hash64.Seed;
        for (var k = start; k < start + Seed; k++) h = Hash64.Combine(h, tokens[k].Hash);
        return h;
    }
}
