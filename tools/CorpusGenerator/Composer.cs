namespace CorpusGenerator;

/// <summary>
/// Builds an original article from real text: a window of a real article as its base (the lead most of the time),
/// paragraphs spliced in from other articles on the same topic until a realistic length is reached, one person
/// swapped for another real name, and extraction cues (byline, dateline, copyright line) at the configured rates.
/// Everything is drawn from the article's own random stream, so any article can be rebuilt on its own.
/// </summary>
public sealed class Composer(SourceCorpus corpus, GeneratorOptions options)
{
    private static readonly string[] DatelineCities =
    [
        "WASHINGTON", "NEW YORK", "LONDON", "BRUSSELS", "PARIS", "BERLIN", "MOSCOW", "BEIJING", "TOKYO", "CHICAGO",
        "LOS ANGELES", "SAN FRANCISCO", "HOUSTON", "ATLANTA", "MIAMI", "BOSTON", "KYIV", "JERUSALEM", "BEIRUT",
        "NEW DELHI", "SYDNEY", "TORONTO", "MEXICO CITY", "GENEVA", "FRANKFURT", "DALLAS", "SEATTLE", "DENVER", "PHOENIX",
    ];

    private readonly OutletPicker _outlets = new(corpus.Outlets);
    private readonly DateModel _dates = new(options.Seed);
    private readonly double[] _corpusCumulative = Cumulate(corpus.CorpusWeights);

    public SourceCorpus Corpus => corpus;
    public OutletPicker Outlets => _outlets;

    private static double[] Cumulate(IReadOnlyList<double> weights)
    {
        var c = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++) c[i] = total += weights[i];
        return c;
    }

    public ComposedArticle Compose(long index)
    {
        var rng = Rng.For(options.Seed, index, 1);
        var x = rng.NextDouble() * _corpusCumulative[^1];
        var corpusIndex = 0;
        while (corpusIndex < _corpusCumulative.Length - 1 && x >= _corpusCumulative[corpusIndex]) corpusIndex++;
        var candidates = corpus.ArticlesByCorpus[corpusIndex];
        var baseIndex = candidates[rng.Next(candidates.Length)];
        var b = corpus.Articles[baseIndex];

        var median = b.Corpus == "reuters" ? 2600.0 : 4200.0;
        var target = (int)Math.Clamp(median * Math.Exp(0.35 * rng.Gaussian()), 1500, 9000);
        var baseBudget = (int)(target * (0.4 + 0.2 * rng.NextDouble()));

        // Articles sharing a base must not turn into unplanted near-duplicates of one another: every base paragraph
        // loses some sentences, the base is cut to its budget, and at least a third of the text comes from elsewhere.
        var paragraphs = new List<string>();
        var size = 0;
        var start = rng.Chance(0.6) ? 0 : rng.Next(b.Paragraphs.Length);
        for (var p = start; p < b.Paragraphs.Length; p++)
        {
            var text = DropSomeSentences(b.Paragraphs[p], 0.3, rng, keepFirst: paragraphs.Count == 0);
            if (paragraphs.Count > 0 && size + text.Length > baseBudget) break;
            if (text.Length > baseBudget) text = Truncate(text, baseBudget);
            paragraphs.Add(text);
            size += text.Length + 2;
        }

        var pool = corpus.ArticlesByTopic[b.Topic];
        var spliced = 0;
        for (var guard = 0; (size < target || spliced * 3 < size) && guard < 60; guard++)
        {
            // A small topic would hand its few paragraphs to every article built on it; widen to the whole corpus half the time.
            var from = pool.Length >= 150 || rng.Chance(0.5) ? pool : candidates;
            var otherIndex = from.Length > 1 ? from[rng.Next(from.Length)] : candidates[rng.Next(candidates.Length)];
            if (otherIndex == baseIndex) continue;
            var other = corpus.Articles[otherIndex];
            var k = rng.Next(other.Paragraphs.Length);
            var take = Math.Min(rng.Chance(0.4) ? 2 : 1, other.Paragraphs.Length - k);
            var at = rng.Chance(0.4) ? rng.Next(1, paragraphs.Count + 1) : paragraphs.Count;
            if (paragraphs.Contains(other.Paragraphs[k])) continue;
            for (var t = 0; t < take; t++)
            {
                var text = other.Paragraphs[k + t];
                if (text.Length > 2000) text = Truncate(text, 1200);
                paragraphs.Insert(at + t, text);
                size += text.Length + 2;
                spliced += text.Length + 2;
            }
        }

        var title = b.Title;
        if (b.Names.Length > 0 && rng.Chance(0.6))
        {
            var oldName = b.Names[rng.Next(b.Names.Length)];
            var newName = rng.Pick(corpus.PersonNames);
            if (newName != oldName)
            {
                title = Names.Replace(title, oldName, newName);
                for (var p = 0; p < paragraphs.Count; p++) paragraphs[p] = Names.Replace(paragraphs[p], oldName, newName);
            }
        }

        var outlet = _outlets.Pick(rng);
        var date = _dates.Sample(rng);
        var draft = new Draft { Title = title, Paragraphs = paragraphs };
        string author = "";
        if (rng.Chance(options.BylineRate)) author = draft.Byline = corpus.Journalist(rng);
        else if (rng.Chance(0.35)) author = corpus.Journalist(rng);
        if (rng.Chance(options.DatelineRate)) draft.Dateline = Dateline(rng);
        if (rng.Chance(options.CopyrightRate)) draft.Copyright = Copyright(outlet, date, rng);
        return new ComposedArticle(draft, outlet, date, author, b);
    }

    public DateOnly LaterDate(DateOnly date, int maxDays, Rng rng) => DateModel.Clamp(date.AddDays(rng.Next(maxDays + 1)));

    public static string Dateline(Rng rng)
    {
        var city = DatelineCities[rng.Next(DatelineCities.Length)];
        return rng.Next(4) switch
        {
            0 or 1 => city + " (Reuters) - ",
            2 => city + " (AP) — ",
            _ => city + " — ",
        };
    }

    public static string Copyright(Outlet outlet, DateOnly date, Rng rng) => rng.Next(3) switch
    {
        0 => $"© {date.Year} {outlet.Name}",
        1 => $"Copyright {date.Year} {outlet.Name}. All rights reserved.",
        _ => $"(c) {date.Year} {outlet.Name}",
    };

    public static string DropSomeSentences(string paragraph, double rate, Rng rng, bool keepFirst = false)
    {
        var sentences = Sentences.Split(paragraph);
        if (sentences.Count < 2) return paragraph;
        var kept = sentences.Where((_, i) => (keepFirst && i == 0) || !rng.Chance(rate)).ToList();
        if (kept.Count == 0) kept.Add(sentences[0]);
        return kept.Count == sentences.Count ? paragraph : string.Join(' ', kept);
    }

    /// <summary>Whole sentences from the start of a paragraph up to about <paramref name="budget"/> characters.</summary>
    public static string Truncate(string paragraph, int budget)
    {
        var sentences = Sentences.Split(paragraph);
        var length = 0;
        var n = 0;
        while (n < sentences.Count && (n < 2 || length + sentences[n].Length <= budget)) length += sentences[n++].Length + 1;
        return n == sentences.Count ? paragraph : string.Join(' ', sentences.Take(n));
    }
}
