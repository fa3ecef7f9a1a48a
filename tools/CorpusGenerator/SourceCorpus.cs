using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGenerator;

/// <summary>
/// The shared corpora read once: articles as paragraphs grouped by corpus and topic, the person names harvested from
/// their text, and the outlets with their frequencies. Everything is sorted so a load is deterministic.
/// </summary>
public sealed partial class SourceCorpus
{
    public IReadOnlyList<SourceArticle> Articles { get; }
    public IReadOnlyList<string> Corpora { get; }
    public IReadOnlyList<int[]> ArticlesByCorpus { get; }
    public IReadOnlyList<double> CorpusWeights { get; }
    public IReadOnlyDictionary<string, int[]> ArticlesByTopic { get; }
    public IReadOnlyList<string> PersonNames { get; }
    public IReadOnlyList<Outlet> Outlets { get; }

    private readonly string[] _firstNames;
    private readonly string[] _lastNames;

    private SourceCorpus(List<SourceArticle> articles, List<string> names, List<Outlet> outlets)
    {
        Articles = articles;
        var corpora = articles.Select(a => a.Corpus).Distinct().Order(StringComparer.Ordinal).ToList();
        Corpora = corpora;
        ArticlesByCorpus = corpora.Select(c => Enumerable.Range(0, articles.Count).Where(i => articles[i].Corpus == c).ToArray()).ToList();
        // Bases are drawn by corpus so that the short Reuters wires do not crowd out the longer modern articles.
        CorpusWeights = corpora.Select(c => c switch { "allsides" => 0.6, "bbc" => 0.25, "reuters" => 0.15, _ => 0.25 }).ToList();
        ArticlesByTopic = Enumerable.Range(0, articles.Count)
            .GroupBy(i => articles[i].Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        PersonNames = names;
        Outlets = outlets;
        _firstNames = names.Select(n => n[..n.IndexOf(' ')]).Distinct().Order(StringComparer.Ordinal).ToArray();
        _lastNames = names.Select(n => n[(n.IndexOf(' ') + 1)..]).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    public int ArticleCount => Articles.Count;

    /// <summary>
    /// A journalist's name: a real first name and a real surname from the corpora, recombined, so a million
    /// articles get tens of thousands of bylines rather than the few hundred newsmakers who are quoted.
    /// </summary>
    public string Journalist(Rng rng) => _firstNames[rng.Next(_firstNames.Length)] + " " + _lastNames[rng.Next(_lastNames.Length)];

    public static SourceCorpus Load(string root)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"source corpus folder not found: {root}");
        var raw = new List<SourceArticle>();
        LoadBbc(Path.Combine(root, "bbc"), raw);
        LoadReuters(Path.Combine(root, "reuters21578"), raw);
        LoadAllsides(Path.Combine(root, "allsides-sample"), raw);
        if (raw.Count == 0)
            throw new InvalidDataException($"no usable articles under {root} (expected bbc/, reuters21578/txt or allsides-sample/txt)");

        var names = HarvestNames(raw);
        var nameSet = names.ToHashSet(StringComparer.Ordinal);
        var articles = raw.Select(a => a with { Names = NamesIn(a, nameSet) }).ToList();
        if (names.Count == 0) names = ["Alex Morgan", "Sam Taylor", "Chris Jordan"];
        return new SourceCorpus(articles, names, LoadOutlets(Path.Combine(root, "allsides-sample", "metadata.tsv"), articles));
    }

    private static string ReadText(string path)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static IEnumerable<string> SortedFiles(string dir, SearchOption option) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.txt", option).Order(StringComparer.Ordinal)
            : [];

    private static void LoadBbc(string dir, List<SourceArticle> into)
    {
        foreach (var path in SortedFiles(dir, SearchOption.AllDirectories))
        {
            var category = Path.GetFileName(Path.GetDirectoryName(path)!);
            if (string.Equals(Path.GetFullPath(Path.GetDirectoryName(path)!), Path.GetFullPath(dir), StringComparison.Ordinal)) continue;
            AddBlankLineArticle(into, "bbc", "bbc:" + category, Relative(dir, path, "bbc"), ReadText(path));
        }
    }

    private static void LoadAllsides(string dir, List<SourceArticle> into)
    {
        var topics = ReadTsv(Path.Combine(dir, "metadata.tsv"), "file", "topic");
        foreach (var path in SortedFiles(Path.Combine(dir, "txt"), SearchOption.TopDirectoryOnly))
        {
            var name = Path.GetFileName(path);
            var topic = topics.TryGetValue(name, out var t) && t.Length > 0 ? t : "general";
            AddBlankLineArticle(into, "allsides", "allsides:" + topic, "allsides-sample/txt/" + name, ReadText(path));
        }
    }

    private static void LoadReuters(string dir, List<SourceArticle> into)
    {
        var topics = ReadTsv(Path.Combine(dir, "metadata.tsv"), "file", "topics");
        foreach (var path in SortedFiles(Path.Combine(dir, "txt"), SearchOption.TopDirectoryOnly))
        {
            var name = Path.GetFileName(path);
            var topic = topics.TryGetValue("txt/" + name, out var t) && t.Length > 0 ? t.Split(';')[0] : "misc";
            var lines = ReadText(path).Split('\n');
            if (lines.Length < 3) continue;
            var title = TitleCase(Ticker().Replace(lines[0], "").Trim());
            var paragraphs = new List<string>();
            var current = new StringBuilder();
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i];
                var trimmed = line.Trim();
                if (trimmed is "Reuter" or "REUTER" || trimmed.Contains("&#3;", StringComparison.Ordinal)) continue;
                var startsParagraph = trimmed.Length == 0 || char.IsWhiteSpace(line[0]);
                if (startsParagraph && current.Length > 0)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }
                if (trimmed.Length == 0) continue;
                if (current.Length > 0) current.Append(' ');
                current.Append(trimmed);
            }
            if (current.Length > 0) paragraphs.Add(current.ToString());
            var kept = paragraphs
                .Select(p => Spaces().Replace(Ticker().Replace(p, ""), " ").Trim())
                .Where(p => WordCount(p) >= 8 && EndsSentence(p))
                .ToArray();
            if (title.Length > 0 && kept.Length >= 1 && kept.Sum(p => p.Length) >= 300)
                into.Add(new SourceArticle("reuters21578/txt/" + name, "reuters", "reuters:" + topic, title, kept, []));
        }
    }

    private static void AddBlankLineArticle(List<SourceArticle> into, string corpus, string topic, string file, string text)
    {
        var blocks = BlankLines().Split(text.Trim());
        if (blocks.Length < 2) return;
        var title = Spaces().Replace(blocks[0], " ").Trim();
        var paragraphs = blocks.Skip(1)
            .Select(b => Spaces().Replace(b, " ").Trim())
            .Where(p => WordCount(p) >= 6)
            .ToArray();
        if (title.Length == 0 || paragraphs.Length < 2 || paragraphs.Sum(p => p.Length) < 500) return;
        into.Add(new SourceArticle(file, corpus, topic, title, paragraphs, []));
    }

    private static string Relative(string dir, string path, string prefix) =>
        prefix + "/" + Path.GetRelativePath(dir, path).Replace('\\', '/');

    private static Dictionary<string, string> ReadTsv(string path, string keyColumn, string valueColumn)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return map;
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var k = Array.IndexOf(header, keyColumn);
        var v = Array.IndexOf(header, valueColumn);
        if (k < 0 || v < 0) return map;
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length > Math.Max(k, v)) map[cells[k]] = cells[v].Trim();
        }
        return map;
    }

    private static List<Outlet> LoadOutlets(string metadataPath, List<SourceArticle> articles)
    {
        var counts = new Dictionary<string, (int Count, Dictionary<string, int> Domains)>(StringComparer.Ordinal);
        if (File.Exists(metadataPath))
        {
            using var reader = new StreamReader(metadataPath, Encoding.UTF8);
            var header = reader.ReadLine()?.Split('\t') ?? [];
            var o = Array.IndexOf(header, "outlet");
            var d = Array.IndexOf(header, "outlet_domain");
            while (o >= 0 && reader.ReadLine() is { } line)
            {
                var cells = line.Split('\t');
                if (cells.Length <= o) continue;
                var outlet = cells[o].Trim();
                if (outlet.Length == 0 || outlet.StartsWith("Guest Writer", StringComparison.OrdinalIgnoreCase)) continue;
                var domain = d >= 0 && cells.Length > d ? cells[d].Trim() : "";
                if (!counts.TryGetValue(outlet, out var entry)) entry = (0, new Dictionary<string, int>(StringComparer.Ordinal));
                if (domain.Length > 0) entry.Domains[domain] = entry.Domains.GetValueOrDefault(domain) + 1;
                counts[outlet] = (entry.Count + 1, entry.Domains);
            }
        }
        if (counts.Count == 0)
        {
            // Without the allsides table, fall back to the publishers of the corpora that were found.
            if (articles.Any(a => a.Corpus == "bbc")) counts["BBC News"] = (3, new() { ["www.bbc.co.uk"] = 1 });
            if (articles.Any(a => a.Corpus == "reuters")) counts["Reuters"] = (3, new() { ["www.reuters.com"] = 1 });
            if (counts.Count == 0) counts["Reuters"] = (1, new() { ["www.reuters.com"] = 1 });
        }
        return counts
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Outlet(
                kv.Key,
                kv.Value.Domains.Count > 0
                    ? kv.Value.Domains.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key
                    : "www." + Slug.Of(kv.Key, 4).Replace("-", "") + ".com",
                Math.Pow(kv.Value.Count, 1.2)))
            .ToList();
    }

    private static readonly HashSet<string> NotFirstNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "But", "And", "Or",
        "So", "If", "When", "While", "As", "In", "On", "At", "For", "From", "By", "With", "Mr", "Mrs", "Ms", "Dr", "President",
        "Senator", "Sen", "Rep", "Representative", "Governor", "Gov", "Prime", "Minister", "Secretary", "Chairman", "Chief",
        "General", "Judge", "Justice", "Officials", "Police", "Analysts", "Experts", "Critics", "Democrats", "Republicans",
        "House", "Senate", "White", "United", "New", "North", "South", "East", "West", "Last", "Next", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Reuters", "Sources", "According", "Speaker",
        "Leader", "Former", "Director", "Spokesman", "Spokeswoman", "Attorney", "Vice", "Deputy", "Mayor", "Lord", "Sir",
        "Saint", "St", "Labour", "Tory", "Tories", "Conservative", "Democratic", "Republican", "Federal", "National", "British",
        "American", "European", "Chinese", "Russian", "Israeli", "Palestinian", "Iranian", "Mexican", "Indian", "French",
        "German", "Japanese", "Canadian", "Australian", "Britain", "America", "China", "Russia", "Trump", "Obama", "Clinton",
        "Fox", "Company", "Bank", "Officer", "Professor", "Coach", "Manager", "Captain", "Agent", "Detective", "Sergeant",
        "Lieutenant", "Colonel", "Commissioner", "Chancellor", "Ambassador", "Congressman", "Congresswoman", "Then", "Now",
        "Here", "There", "Also", "Still", "Both", "Many", "Some", "Most", "All", "Other", "Our", "Their", "His", "Her", "My",
        "Its", "One", "Two", "Three", "Asked", "Meanwhile", "However", "Yet", "After", "Before", "Since", "Under", "Over",
    };

    private static readonly HashSet<string> NotLastNames = new(StringComparer.Ordinal)
    {
        "News", "House", "Street", "Times", "Post", "Party", "Department", "Company", "Group", "Bank", "Inc", "Corp", "Co",
        "Ltd", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Office", "Council", "Committee",
        "Court", "Ministry", "Association", "Union", "Service", "Services", "Agency", "Board", "Commission", "University",
        "Institute", "Foundation", "Center", "Centre", "Club", "Team", "County", "City", "State", "States", "Kingdom",
        "America", "Journal", "Magazine", "Network", "Television", "Radio", "Press", "Reuters", "Research", "Capital",
        "Securities", "Partners", "Holdings", "Industries", "International", "Airlines", "Motors", "Energy", "Oil", "Corp",
        "Administration", "Government", "Republicans", "Democrats", "Senate", "Congress", "Parliament", "Police", "Army",
    };

    private static List<string> HarvestNames(List<SourceArticle> articles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // The 1987 wires mostly quote companies ("Texaco Canada said"); modern corpora, when present, name people.
        var modern = articles.Any(a => a.Corpus != "reuters");
        foreach (var article in articles.Where(a => !modern || a.Corpus != "reuters"))
            foreach (var paragraph in article.Paragraphs)
            {
                foreach (Match m in SpeakerBefore().Matches(paragraph)) Count(counts, m.Groups[1].Value, m.Groups[2].Value);
                foreach (Match m in SpeakerAfter().Matches(paragraph)) Count(counts, m.Groups[1].Value, m.Groups[2].Value);
            }
        // A real first name recurs with several surnames; a one-off capitalised pair ("Svizzera Italiana") needs more evidence.
        var firstNameUse = counts.Keys.GroupBy(n => n[..n.IndexOf(' ')]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return counts
            .Where(kv => kv.Value >= 2 && firstNameUse[kv.Key[..kv.Key.IndexOf(' ')]] >= 3)
            .Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();

        static void Count(Dictionary<string, int> counts, string first, string last)
        {
            if (NotFirstNames.Contains(first) || NotLastNames.Contains(last) || NotFirstNames.Contains(last)) return;
            var name = first + " " + last;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
    }

    private static string[] NamesIn(SourceArticle article, HashSet<string> names)
    {
        var found = new List<string>();
        foreach (var text in article.Paragraphs.Prepend(article.Title))
            foreach (Match m in CapitalisedPair().Matches(text))
            {
                var candidate = m.Groups[1].Value;
                if (names.Contains(candidate) && !found.Contains(candidate)) found.Add(candidate);
            }
        return found.ToArray();
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    private static bool EndsSentence(string p) => p.Length > 0 && p[^1] is '.' or '"' or '”' or '?' or '!' or ':' or ')';

    private static string TitleCase(string upper)
    {
        var words = upper.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && w is "a" or "an" or "and" or "of" or "the" or "to" or "in" or "on" or "for" or "at" or "by" or "vs" or "or") continue;
            words[i] = char.ToUpperInvariant(w[0]) + w[1..];
        }
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s?<[A-Z0-9.\-]+>")]
    private static partial Regex Ticker();

    [GeneratedRegex(@"\b([A-Z][a-z]+(?:[A-Z][a-z]+)?) ([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?),? (?:said|says|told|added|wrote|argued|explained)\b")]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"\b(?:said|says|according to) ([A-Z][a-z]+(?:[A-Z][a-z]+)?) ([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)\b")]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"\b(?=([A-Z][a-z]+(?:[A-Z][a-z]+)? [A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)\b)")]
    private static partial Regex CapitalisedPair();
}
