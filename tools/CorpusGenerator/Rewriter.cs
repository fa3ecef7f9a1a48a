namespace CorpusGenerator;

/// <summary>
/// Tells the source's story again in other words: sentences carrying names, numbers or quotations are kept (quotes
/// verbatim, the rest reworded and their attributions moved to the front), other sentences are mostly dropped,
/// the order is shuffled, and background sentences from other articles on the topic fill in. Each round is harsher
/// until the 5-shingle Jaccard to the source is at most the configured maximum.
/// </summary>
public sealed class Rewriter(SourceCorpus corpus, double maxJaccard)
{
    private static readonly string[] HeadlineFrames = ["Analysis: ", "What we know: ", "Explainer: ", "", "", ""];

    public Edited Rewrite(Draft source, HashSet<ulong> sourceShingles, SourceArticle baseArticle, Rng rng)
    {
        var sentences = source.Paragraphs.SelectMany(Sentences.Split).ToList();
        // Rewrites range from close retellings to ones sharing little more than names, numbers and a quote.
        var target = 0.03 + (maxJaccard - 0.03) * rng.NextDouble();
        Edited? last = null;
        for (var round = 0; round < 9; round++)
        {
            var draft = Build(source, sentences, baseArticle, round, rng);
            var j = Shingles.Jaccard(Shingles.Of(draft.Render()), sourceShingles);
            last = new Edited(draft, j, $"rewrite-round-{round}");
            if (j <= target || (round >= 6 && j <= maxJaccard)) break;
        }
        return last!;
    }

    private Draft Build(Draft source, List<string> sentences, SourceArticle baseArticle, int round, Rng rng)
    {
        // Until round 7 some facts always survive besides the anchors: a rewrite retells the story, not just its quote.
        var dropPlain = Math.Min(round >= 7 ? 1.0 : 0.95, 0.6 + 0.1 * round);
        var dropFact = Math.Min(round >= 7 ? 1.0 : 0.8, 0.25 + 0.15 * round);
        var dropQuote = round < 5 ? 0.0 : 0.5 * (round - 4);
        // The story's anchors (the first sentences with numbers, then quotes) survive every round, so even the
        // harshest rewrite still shares its source's numbers, people and a quote.
        // Past round 6 the anchors shrink (a short text full of quotes cannot otherwise get below the maximum).
        var anchors = sentences.Select((s, i) => (s, i)).Where(x => x.s.Any(char.IsDigit)).Take(round >= 7 ? 1 : 2)
            .Concat(sentences.Select((s, i) => (s, i)).Where(x => x.s.Contains('“') || x.s.Contains('"')).Take(round >= 7 ? 0 : 1))
            .Select(x => x.i).ToHashSet();
        if (anchors.Count == 0) anchors = sentences.Select((s, i) => (s, i)).Where(x => HasFact(x.s)).Take(2).Select(x => x.i).ToHashSet();
        if (round >= 8) anchors.Clear();
        var kept = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var quote = s.Contains('“') || s.Contains('"');
            var fact = HasFact(s);
            if (!anchors.Contains(i) && (quote ? rng.Chance(dropQuote) : fact ? rng.Chance(dropFact) : rng.Chance(dropPlain))) continue;
            kept.Add(Paraphraser.Reword(Paraphraser.FrontAttribution(s) ?? s, 0.9, rng));
        }

        var paragraphs = new List<string>();
        for (var i = 0; i < kept.Count;)
        {
            var n = Math.Min(kept.Count - i, rng.Next(1, 4));
            paragraphs.Add(string.Join(' ', kept.GetRange(i, n)));
            i += n;
        }
        for (var i = paragraphs.Count - 1; i > 1; i--)
        {
            var k = rng.Next(1, i + 1);
            (paragraphs[i], paragraphs[k]) = (paragraphs[k], paragraphs[i]);
        }

        var pool = corpus.ArticlesByTopic[baseArticle.Topic];
        var fillers = Math.Max(1, (int)Math.Ceiling(Math.Max(1, kept.Count) * (0.25 + 0.1 * round) / 2));
        for (var f = 0; f < fillers; f++)
        {
            var other = corpus.Articles[pool[rng.Next(pool.Length)]];
            var background = Sentences.Split(other.Paragraphs[rng.Next(other.Paragraphs.Length)]);
            var text = string.Join(' ', background.Take(2));
            paragraphs.Insert(paragraphs.Count == 0 ? 0 : rng.Next(1, paragraphs.Count + 1), Paraphraser.Reword(text, 0.5, rng));
        }

        var title = Paraphraser.Reword(source.Title, 1.0, rng);
        var frame = HeadlineFrames[rng.Next(HeadlineFrames.Length)];
        if (!HeadlineFrames.Any(f => f.Length > 0 && title.StartsWith(f, StringComparison.Ordinal))) title = frame + title;
        if (title == source.Title) title += ": what we know";
        return new Draft
        {
            Title = title,
            Byline = source.Byline is not null || rng.Chance(0.3) ? corpus.Journalist(rng) : null,
            Dateline = rng.Chance(0.5) ? Composer.Dateline(rng) : null,
            Paragraphs = paragraphs,
        };
    }

    private static bool HasFact(string sentence)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (char.IsDigit(sentence[i])) return true;
            if (i > 1 && char.IsUpper(sentence[i]) && sentence[i - 1] == ' ' && char.IsLetter(sentence[i - 2])) return true;
        }
        return false;
    }
}
