namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Compares two articles at every duplicate level from their fingerprints alone: exact copy, near-duplicate
/// (5-shingle Jaccard), same story (IDF-weighted cosine of story features, lowered for dates far apart) and copied
/// passages (runs of shared winnowing marks). Every score is a function of the two articles and, for the story level,
/// of the archive's feature frequencies (<see cref="FeatureFrequencies"/>).
/// </summary>
public sealed class DuplicateScorer(DuplicateOptions? options = null, BackgroundFrequencies? background = null)
{
    /// <summary>The tuned options and the English background: what indexing files keys by and matching scores with.</summary>
    public static DuplicateScorer Default { get; } = new();

    public DuplicateOptions Options { get; } = options ?? new DuplicateOptions();

    public BackgroundFrequencies Background { get; } = background ?? BackgroundFrequencies.English;

    /// <summary>The story vector weighed by the archive's frequencies (see <see cref="FeatureFrequencies"/>).</summary>
    public StoryVector Vector(ArticleFingerprint fingerprint, FeatureFrequencies frequencies) => StoryVector.Of(fingerprint, frequencies.Idf);

    /// <summary>The keys an article is filed under, which depend on the article alone (background IDF picks its story keys).</summary>
    public List<string> Keys(ArticleFingerprint fingerprint) => Keys(fingerprint, BackgroundVector(fingerprint));

    /// <summary><see cref="Keys(ArticleFingerprint)"/> from the article's <see cref="BackgroundVector"/>, when it is at hand.</summary>
    public List<string> Keys(ArticleFingerprint fingerprint, StoryVector backgroundVector) => DuplicateKeys.Of(fingerprint, backgroundVector, Options);

    /// <summary>The story vector weighed by the background table alone: it picks the story keys, and its keys are every story feature.</summary>
    public StoryVector BackgroundVector(ArticleFingerprint fingerprint) => StoryVector.Of(fingerprint, Background);

    public FeatureFrequencies Frequencies(int documents, Func<uint, int> documentFrequency) =>
        new(documents, documentFrequency, Background, Options.BackgroundWeight);

    public static bool IsExact(ArticleFingerprint a, ArticleFingerprint b) =>
        a.WordCount > 0 && a.ExactHash == b.ExactHash && a.WordCount == b.WordCount;

    /// <summary>
    /// Whether the MinHash estimate leaves the pair a chance of reaching the near threshold: the estimate's standard
    /// error near 0.8 is about 0.04 with 100 hashes, so <see cref="DuplicateOptions.NearEstimateMargin"/> (0.2) drops a
    /// true pair a few times in ten million, and skips reading the text of the far pairs banding still proposes.
    /// </summary>
    public bool MayBeNear(ArticleFingerprint a, ArticleFingerprint b) =>
        a.ShingleCount > 0 && b.ShingleCount > 0
        && MinHasher.Estimate(a.MinHash, b.MinHash) >= Options.NearThreshold - Options.NearEstimateMargin;

    /// <summary>The exact Jaccard of two shingle sets when it reaches the near threshold, else 0.</summary>
    public double Near(uint[] a, uint[] b)
    {
        var jaccard = Shingles.Jaccard<uint>(a, b);
        return jaccard >= Options.NearThreshold ? jaccard : 0;
    }

    /// <summary>
    /// The story score: the cosine of the two story vectors, halved every <see cref="DuplicateOptions.StoryHalfLifeDays"/>
    /// beyond <see cref="DuplicateOptions.StoryWindowDays"/> apart when both are dated (undated articles are never
    /// lowered).
    /// </summary>
    public double Story(StoryVector a, StoryVector b)
    {
        var cosine = StoryVector.Cosine(a, b);
        if (a.Date is not { } da || b.Date is not { } db) return cosine;
        var days = Math.Abs(da.DayNumber - db.DayNumber) - Options.StoryWindowDays;
        return days <= 0 ? cosine : cosine * Math.Pow(0.5, days / Options.StoryHalfLifeDays);
    }

    /// <summary>
    /// Passages two articles share: shared marks on one diagonal (the same word offset between the articles), close
    /// enough to be one run, at least <see cref="DuplicateOptions.PassageMinWords"/> long. Both mark arrays are sorted
    /// by hash (then word), so the shared ones come from one merge.
    /// </summary>
    public List<SharedRun> Passages(PassageMark[] mine, PassageMark[] theirs)
    {
        var pairs = new List<(int Diagonal, PassageMark Mine, PassageMark Theirs)>();
        for (int i = 0, j = 0; i < mine.Length && j < theirs.Length;)
        {
            if (mine[i].Hash < theirs[j].Hash) { i++; continue; }
            if (mine[i].Hash > theirs[j].Hash) { j++; continue; }
            var hash = mine[i].Hash;
            var jEnd = j;
            while (jEnd < theirs.Length && theirs[jEnd].Hash == hash) jEnd++;
            for (; i < mine.Length && mine[i].Hash == hash; i++)
                for (var k = j; k < jEnd; k++) pairs.Add((theirs[k].Word - mine[i].Word, mine[i], theirs[k]));
            j = jEnd;
        }
        var runs = new List<SharedRun>();
        if (pairs.Count < 2) return runs;
        pairs.Sort((a, b) => a.Diagonal != b.Diagonal ? a.Diagonal.CompareTo(b.Diagonal) : a.Mine.Word.CompareTo(b.Mine.Word));
        const int gram = FingerprintBuilder.PassageGram;
        var minExtent = Options.PassageMinWords - (FingerprintBuilder.PassageWindow - 1);
        var first = 0;
        for (var i = 1; i <= pairs.Count; i++)
        {
            if (i < pairs.Count && pairs[i].Diagonal == pairs[i - 1].Diagonal
                && pairs[i].Mine.Word - pairs[i - 1].Mine.Word <= gram + FingerprintBuilder.PassageWindow) continue;
            var (a, b) = (pairs[first], pairs[i - 1]);
            var words = b.Mine.Word + gram - a.Mine.Word;
            if (words >= minExtent)
                runs.Add(new SharedRun(new TextSpan(a.Mine.Start, b.Mine.End), new TextSpan(a.Theirs.Start, b.Theirs.End), words));
            first = i;
        }
        return runs;
    }

    /// <summary>An article's passage marks ordered by hash, then word: the order <see cref="Passages"/> merges.</summary>
    public static PassageMark[] MarksByHash(ArticleFingerprint fingerprint)
    {
        var marks = fingerprint.Passages.ToArray();
        var order = new ulong[marks.Length];
        for (var i = 0; i < marks.Length; i++) order[i] = ((ulong)marks[i].Hash << 32) | (uint)marks[i].Word;
        Array.Sort(order, marks);
        return marks;
    }
}

/// <summary>One passage two articles share: its span in the first, its span in the second, and its length in words.</summary>
public readonly record struct SharedRun(TextSpan Mine, TextSpan Theirs, int Words);
