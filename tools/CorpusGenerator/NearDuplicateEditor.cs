namespace CorpusGenerator;

/// <summary>
/// Light edits of syndicated copy (a changed headline, a few words swapped, a sentence or paragraph trimmed or added)
/// applied one at a time until the 5-shingle Jaccard to the source falls to a target drawn inside the band. An edit
/// that would leave the band is undone and a smaller one tried, so every near-duplicate lands in the band or none is made.
/// </summary>
public sealed class NearDuplicateEditor(SourceCorpus corpus, double min, double max)
{
    private static readonly string[] Fillers = ["very", "also", "just", "really", "still", "now", "then", "even", "only", "already"];

    public Edited? Edit(Draft source, HashSet<ulong> sourceShingles, SourceArticle baseArticle, Rng rng)
    {
        var target = min + (max - min) * rng.NextDouble();
        var current = source.Clone();
        var jaccard = 1.0;
        var edits = new List<string>();
        var headlineDone = false;
        var rejected = 0;
        for (var step = 0; step < 300 && jaccard > target; step++)
        {
            var candidate = current.Clone();
            var large = rejected < 6;
            var roll = rng.NextDouble();
            string? edit;
            if (!headlineDone && roll < 0.15) { edit = ChangeHeadline(candidate, rng); headlineDone = true; }
            else if (large && roll < 0.30) edit = TrimParagraph(candidate, rng);
            else if (large && roll < 0.42) edit = AddParagraph(candidate, baseArticle, rng);
            else if (large && roll < 0.60) edit = DropSentence(candidate, rng);
            else edit = ChangeWord(candidate, rng);
            if (edit is null) continue;
            var j = Shingles.Jaccard(Shingles.Of(candidate.Render()), sourceShingles);
            if (j < min)
            {
                rejected++;
                continue;
            }
            current = candidate;
            jaccard = j;
            edits.Add(edit);
        }
        return jaccard >= min && jaccard <= max ? new Edited(current, jaccard, Summarise(edits)) : null;
    }

    private static string Summarise(List<string> edits) =>
        string.Join(",", edits.GroupBy(e => e).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() == 1 ? g.Key : $"{g.Key}x{g.Count()}"));

    private static string? ChangeHeadline(Draft d, Rng rng)
    {
        var reworded = Paraphraser.Reword(d.Title, 1.0, rng);
        d.Title = reworded != d.Title ? reworded : (rng.Chance(0.5) ? "UPDATE 1-" + d.Title : d.Title + " - report");
        return "headline";
    }

    private static string? TrimParagraph(Draft d, Rng rng)
    {
        if (d.Paragraphs.Count < 3) return null;
        var at = rng.Chance(0.5) ? d.Paragraphs.Count - 1 : rng.Next(1, d.Paragraphs.Count);
        d.Paragraphs.RemoveAt(at);
        return "trim-paragraph";
    }

    private string? AddParagraph(Draft d, SourceArticle baseArticle, Rng rng)
    {
        var pool = corpus.ArticlesByTopic[baseArticle.Topic];
        var other = corpus.Articles[pool[rng.Next(pool.Length)]];
        d.Paragraphs.Insert(rng.Next(1, d.Paragraphs.Count + 1), other.Paragraphs[rng.Next(other.Paragraphs.Length)]);
        return "add-paragraph";
    }

    private static string? DropSentence(Draft d, Rng rng)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var p = rng.Next(d.Paragraphs.Count);
            var sentences = Sentences.Split(d.Paragraphs[p]);
            if (sentences.Count < 2) continue;
            sentences.RemoveAt(rng.Next(sentences.Count));
            d.Paragraphs[p] = string.Join(' ', sentences);
            return "drop-sentence";
        }
        return null;
    }

    private static string? ChangeWord(Draft d, Rng rng)
    {
        var p = rng.Next(d.Paragraphs.Count);
        var words = d.Paragraphs[p].Split(' ');
        if (words.Length < 4) return null;
        var start = rng.Next(words.Length);
        for (var k = 0; k < words.Length; k++)
        {
            var i = (start + k) % words.Length;
            var (lead, core, trail) = Strip(words[i]);
            var synonym = Paraphraser.SynonymFor(core, rng);
            if (synonym is not null && synonym != core)
            {
                words[i] = lead + synonym + trail;
                d.Paragraphs[p] = string.Join(' ', words);
                return "swap-word";
            }
            if (Array.IndexOf(Fillers, core) >= 0 && lead.Length == 0 && trail.Length == 0)
            {
                d.Paragraphs[p] = string.Join(' ', words.Where((_, w) => w != i));
                return "drop-word";
            }
        }
        return null;
    }

    private static (string Lead, string Core, string Trail) Strip(string token)
    {
        var s = 0;
        while (s < token.Length && !char.IsLetter(token[s])) s++;
        var e = token.Length;
        while (e > s && !char.IsLetter(token[e - 1])) e--;
        return (token[..s], token[s..e], token[e..]);
    }
}
