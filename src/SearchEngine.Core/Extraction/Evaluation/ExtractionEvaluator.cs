using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Extraction.Evaluation;

/// <summary>
/// Measures the extractor against hand-annotated articles: person mentions (exact spans), person identity (distinct
/// persons per article, a predicted person matching the annotated person most of its mentions belong to), and quote
/// speakers (an annotated quote counts as right when the extractor found a quotation containing it and named the same
/// person). The same measure can be run on any other annotated set written in the same format.
/// </summary>
public sealed class ExtractionEvaluator
{
    private readonly ArticleExtractor _extractor;

    public ExtractionEvaluator(ArticleExtractor? extractor = null) => _extractor = extractor ?? new ArticleExtractor();

    /// <summary>Reads annotations.json and the article files beside it.</summary>
    public static IReadOnlyList<AnnotatedArticle> LoadAnnotations(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "annotations.json")));
        var articles = new List<AnnotatedArticle>();
        foreach (var item in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = item.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(directory, file)).Replace("\r\n", "\n");
            var persons = item.GetProperty("persons").EnumerateArray().Select(p => new AnnotatedPerson(
                p.GetProperty("name").GetString()!,
                p.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!).ToList(),
                p.TryGetProperty("except", out var except) ? except.EnumerateArray().Select(e => e.GetString()!).ToList() : [])).ToList();
            var quotes = item.GetProperty("quotes").EnumerateArray().Select(q => new AnnotatedQuote(
                q.GetProperty("start").GetString()!,
                q.TryGetProperty("speaker", out var speaker) && speaker.ValueKind == JsonValueKind.String ? speaker.GetString() : null)).ToList();
            var set = item.TryGetProperty("set", out var setValue) ? setValue.GetString() ?? "development" : "development";
            var hasOutlet = item.TryGetProperty("outlet", out var outlet);
            articles.Add(new AnnotatedArticle(file, text, persons, quotes, set, hasOutlet,
                hasOutlet && outlet.ValueKind == JsonValueKind.String ? outlet.GetString() : null));
        }
        return articles;
    }

    /// <summary>Runs the extractor on every annotated article and compares.</summary>
    public EvaluationReport Evaluate(IEnumerable<AnnotatedArticle> annotated)
    {
        int articles = 0, gold = 0, predicted = 0, correct = 0;
        int goldPersons = 0, predictedPersons = 0, matchedGold = 0, matchedPredicted = 0;
        int goldQuotes = 0, foundQuotes = 0, attributed = 0, correctSpeakers = 0, predictedSpeakers = 0, correctPredicted = 0;
        int outletArticles = 0, correctOutlets = 0;
        var errors = new List<string>();

        foreach (var item in annotated)
        {
            articles++;
            var document = new SourceDocument(item.File, item.Text, "", SourceMetadata.Empty);
            foreach (var article in _extractor.Extract(document))
            {
                if (item.HasOutlet)
                {
                    outletArticles++;
                    if (SameOutlet(article.Outlet, item.Outlet)) correctOutlets++;
                    else errors.Add($"{item.File}: outlet {article.Outlet ?? "none"}, annotated {item.Outlet ?? "none"}");
                }
                var text = article.Text;
                var goldSpans = ResolveGold(text, item.Persons);
                var goldBySpan = goldSpans.ToDictionary(g => (g.Start, g.End), g => g.Person);
                var predictedSpans = article.Persons.SelectMany(p => p.Mentions.Select(m => (m.Start, m.End, Person: p))).ToList();

                gold += goldSpans.Count;
                predicted += predictedSpans.Count;
                foreach (var (start, end, person) in predictedSpans)
                {
                    if (goldBySpan.ContainsKey((start, end))) correct++;
                    else errors.Add($"{item.File}: false mention '{text[start..end]}' ({person.Name})");
                }
                var predictedSet = predictedSpans.Select(p => (p.Start, p.End)).ToHashSet();
                foreach (var g in goldSpans)
                    if (!predictedSet.Contains((g.Start, g.End))) errors.Add($"{item.File}: missed mention '{text[g.Start..g.End]}' ({g.Person})");

                // identity: one-to-one, by where most of a predicted person's mentions fall
                var goldNames = goldSpans.Select(g => g.Person).Distinct().ToList();
                goldPersons += goldNames.Count;
                predictedPersons += article.Persons.Count;
                var taken = new HashSet<string>(StringComparer.Ordinal);
                foreach (var person in article.Persons)
                {
                    var best = person.Mentions.Select(m => goldBySpan.GetValueOrDefault((m.Start, m.End)))
                        .Where(n => n is not null).GroupBy(n => n!).OrderByDescending(g => g.Count()).FirstOrDefault();
                    if (best is not null && best.Count() * 2 > person.Mentions.Count && taken.Add(best.Key)) matchedPredicted++;
                    else errors.Add($"{item.File}: person '{person.Name}' matches no annotated person on its own");
                }
                matchedGold += taken.Count;

                // quotes and speakers
                var quotes = article.Quotes.Select(q => (Quote: q, Text: Normalize(q.Text))).ToList();
                var used = new HashSet<Quote>(ReferenceEqualityComparer.Instance);
                foreach (var quote in item.Quotes)
                {
                    goldQuotes++;
                    var needle = Normalize(quote.Start);
                    // each extracted quote answers one annotated quote; exact case first, then ignoring case
                    var found = quotes.FirstOrDefault(q => !used.Contains(q.Quote) && q.Text.Contains(needle, StringComparison.Ordinal));
                    if (found.Quote is null)
                        found = quotes.FirstOrDefault(q => !used.Contains(q.Quote) && q.Text.Contains(needle, StringComparison.OrdinalIgnoreCase));
                    if (found.Quote is null)
                        found = quotes.FirstOrDefault(q => q.Text.Contains(needle, StringComparison.OrdinalIgnoreCase));
                    if (found.Quote is not null) used.Add(found.Quote);
                    if (quote.Speaker is not null) attributed++;
                    if (found.Quote is null)
                    {
                        errors.Add($"{item.File}: quote not found '{quote.Start}'");
                        continue;
                    }
                    foundQuotes++;
                    var speaker = found.Quote.Speaker;
                    var same = speaker is not null && quote.Speaker is not null && SameSpeaker(speaker, quote.Speaker);
                    if (quote.Speaker is not null && same) correctSpeakers++;
                    if (speaker is not null)
                    {
                        predictedSpeakers++;
                        if (same) correctPredicted++;
                    }
                    if (!same && (speaker is not null || quote.Speaker is not null))
                        errors.Add($"{item.File}: quote '{quote.Start}' speaker {speaker ?? "none"}, annotated {quote.Speaker ?? "none"}");
                }
            }
        }

        return new EvaluationReport
        {
            Articles = articles,
            GoldMentions = gold,
            PredictedMentions = predicted,
            CorrectMentions = correct,
            GoldPersons = goldPersons,
            PredictedPersons = predictedPersons,
            MatchedGoldPersons = matchedGold,
            MatchedPredictedPersons = matchedPredicted,
            GoldQuotes = goldQuotes,
            FoundQuotes = foundQuotes,
            AttributedGoldQuotes = attributed,
            CorrectSpeakers = correctSpeakers,
            PredictedSpeakersOnFoundQuotes = predictedSpeakers,
            CorrectPredictedSpeakers = correctPredicted,
            OutletArticles = outletArticles,
            CorrectOutlets = correctOutlets,
            Errors = errors,
        };
    }

    /// <summary>The annotated mentions as spans of <paramref name="text"/>: longest surface forms first, no overlaps, exceptions skipped.</summary>
    public static List<(int Start, int End, string Person)> ResolveGold(string text, IReadOnlyList<AnnotatedPerson> persons)
    {
        var excluded = new List<(int Start, int End)>();
        foreach (var person in persons)
            foreach (var phrase in person.Except)
                foreach (var (index, length) in Occurrences(text, phrase)) excluded.Add((index, index + length));

        var candidates = new List<(int Start, int End, string Person)>();
        foreach (var person in persons)
            foreach (var surface in person.Mentions.Distinct())
                foreach (var (index, length) in Occurrences(text, surface))
                    candidates.Add((index, index + length, person.Name));

        var chosen = new List<(int Start, int End, string Person)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (excluded.Exists(e => candidate.Start >= e.Start && candidate.End <= e.End)) continue;
            if (chosen.Exists(c => candidate.Start < c.End && c.Start < candidate.End)) continue;
            chosen.Add(candidate);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>
    /// Word-bounded, case-sensitive occurrences of a surface form; a space in it matches any run of white space, as a
    /// name broken over a hard-wrapped line ("Larry\nSpeakes") is still the name.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> Occurrences(string text, string surface)
    {
        if (surface.Length == 0) yield break;
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))
                      + @"(?![\p{L}\p{N}])";
        foreach (Match match in Regex.Matches(text, pattern, RegexOptions.CultureInvariant)) yield return (match.Index, match.Length);
    }

    /// <summary>Same outlet, ignoring case, a leading "The" and punctuation ("The Hill" and "the hill").</summary>
    private static bool SameOutlet(string? predicted, string? annotated)
    {
        static string Fold(string? name) => name is null ? "" : Regex.Replace(name.ToLowerInvariant(), @"^the\s+|[^\p{L}\p{N}]+", "");
        return Fold(predicted) == Fold(annotated);
    }

    /// <summary>Same person when the keys agree, or when one name is the other's surname ("Rubio" for "Marco Rubio").</summary>
    private static bool SameSpeaker(string predicted, string annotated)
    {
        var a = PersonKey.For(predicted);
        var b = PersonKey.For(annotated);
        if (a == b) return true;
        var aIsSingle = !a.Contains(' ');
        var bIsSingle = !b.Contains(' ');
        return (aIsSingle || bIsSingle) && PersonKey.Surname(a) == PersonKey.Surname(b);
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
