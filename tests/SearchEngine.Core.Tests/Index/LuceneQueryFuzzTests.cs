using System.Text;
using System.Text.RegularExpressions;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Query;
using Shouldly;
using Xunit;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// Issue 6's "bad queries" requirement: random and adversarial queries through parse, build and a real Lucene search.
/// Errors must come back as values, building and searching never throw, and nothing but articles ever matches (the
/// test index holds file and derived documents full of the same words). Speed is not asserted here: a timed unit test
/// fails on a loaded machine and passes on a fast one whatever the code does; <c>tools/Benchmarks</c>
/// (<c>QueryBenchmarks</c>, adversarial queries included) measures parsing and building.
/// </summary>
public sealed partial class LuceneQueryFuzzTests(ITestOutputHelper output)
{
    private const int QueryCount = 100_000;
    private const int Seed = 20251122;

    private static readonly string[] Vocabulary =
    [
        "peace", "plan", "negotiations", "Núñez", "nunez", "talks", "vote", "AND", "OR", "NOT", "and", "or", "not", "&&", "||",
        "(", ")", "\"", "\"peace plan\"", "\"a b\"~5", "\"x\"~", "~", "~3", "^", "^2", "*", "negot*", "a*", "**", "-", "+", "!",
        ":", "title:", "body:", "quote:", "speaker:", "person:", "outlet:", "cites:", "author:", "date:", "Date:", "foo:", "x:y",
        "http://x.org/a?b=c", "10:30", "date:2025", "date:2025-11-22", "date:[2025-11-18 TO 2025-11-22]", "date:{* TO 2025}",
        "date:>=2025-11-20", "date:<2025-01-01", "date:[", "date:]", "date:2025-13", "date:[* TO *]", "date:{9999-12-31 TO *}",
        "date:<0001-01-01", "NEAR(", "NEAR", ",", "{title}", "{title body}:", "{", "}", "[", "]", "'", ";", "--", "/*", "*/",
        "\0", "\\", "$q1", "?", "?1", "@p", ":name", "%", "_", "中文", "🕊️", "\u0301", "\ud800", "\udc00", "\u200f", "ǅ", "𝔸",
        "TO", "\t", "\n", "\r", "\u00a0", "\u2028", "\ufeff", "\uffff", "١٢٣", "٢٠٢٥-١١-٢٢", "ｔｉｔｌｅ:", "ﬁ", "İ", "ß",
    ];

    private static readonly string[] Separators = ["", " ", " ", " ", "  ", "\t"];

    [Fact]
    public void A_hundred_thousand_random_and_adversarial_queries_never_throw_and_only_ever_find_articles()
    {
        using var index = LuceneTestIndex.WithSampleArticles();
        var random = new Random(Seed);
        var failures = new List<string>();
        int accepted = 0, rejected = 0, warned = 0, hits = 0;
        var errorKinds = new Dictionary<string, int>();

        for (var i = 0; i < QueryCount && failures.Count < 10; i++)
        {
            var query = Generate(random, i);
            ParseResult parsed;
            Lucene.Net.Search.Query? built = null;
            try
            {
                parsed = QueryTextParser.Parse(query);
                if (parsed.Succeeded)
                    built = LuceneQueryBuilder.Build(parsed.Query!, index.Analyzer);
            }
            catch (Exception e)
            {
                failures.Add($"exception {e.GetType().Name} for {Show(query)}: {e.Message}");
                continue;
            }

            if (parsed.Warnings.Count > 0)
                warned++;
            if (built is null)
            {
                rejected++;
                var error = parsed.Error;
                if (error is null || string.IsNullOrWhiteSpace(error.Message) || error.Position < 0 || error.Position > query.Length
                    || error.Message.StartsWith("the query could not be read", StringComparison.Ordinal))
                    failures.Add($"bad error value for {Show(query)}: {error}");
                else
                    errorKinds[ErrorKind().Replace(error.Message, "…")] = errorKinds.GetValueOrDefault(ErrorKind().Replace(error.Message, "…")) + 1;
                continue;
            }

            accepted++;
            try
            {
                // LuceneTestIndex fails the test on any document that is not an article.
                hits += index.Search(built).Count;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"Lucene error {e.GetType().Name} for {Show(query)}: {e.Message}\n  query: {built}");
            }
        }

        output.WriteLine($"{QueryCount} queries: {accepted} accepted ({hits} hits), {rejected} rejected with a message, {warned} with warnings");
        foreach (var (kind, count) in errorKinds.OrderByDescending(k => k.Value).Take(12))
            output.WriteLine($"  {count,6} × {kind}");
        failures.ShouldBeEmpty();
        accepted.ShouldBeGreaterThan(QueryCount / 4);
        rejected.ShouldBeGreaterThan(QueryCount / 100);
        hits.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Ten_thousand_parentheses_are_refused_with_a_message()
    {
        var deep = new string('(', 10_000) + "peace" + new string(')', 10_000);
        var result = QueryTextParser.Parse(deep);
        result.Succeeded.ShouldBeFalse();
        result.Error!.Message.ShouldContain("limit");

        var deepButShort = new string('(', 1000) + "peace";
        QueryTextParser.Parse(deepButShort).Error!.Message.ShouldContain("nests deeper");
    }

    private static string Generate(Random random, int i) => (i % 8) switch
    {
        0 => TokenSoup(random, random.Next(1, 30)),
        1 => RandomChars(random, random.Next(0, 80)),
        2 => Encoding.UTF8.GetString(RandomBytes(random)),
        3 => Encoding.Latin1.GetString(RandomBytes(random)),
        4 => Nested(random),
        5 => Structured(random, depth: 0),
        6 => Mutate(random, Structured(random, depth: 0)),
        _ => random.Next(20) == 0 ? Long(random) : TokenSoup(random, random.Next(1, 8)),
    };

    private static string TokenSoup(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(Separators[random.Next(Separators.Length)]);
        return builder.ToString();
    }

    private static string RandomChars(Random random, int length)
    {
        const string ascii = "abcxyz019 ()\"*:^~{}[]+-!&|;'\\/,.<>=?$@#%_\t";
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) switch
            {
                0 or 1 => ascii[random.Next(ascii.Length)],
                2 => (char)random.Next(0, 0x3000),
                _ => (char)random.Next(0, 0x10000),
            });
        }

        return builder.ToString();
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 60)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Nested(Random random)
    {
        var depth = random.Next(8) switch
        {
            0 => random.Next(1000, 10_001),
            1 or 2 => random.Next(QueryTextParser.MaxDepth - 3, QueryTextParser.MaxDepth + 3),
            _ => random.Next(0, 40),
        };
        var open = random.Next(3) == 0 ? "(NOT " : random.Next(2) == 0 ? "(" : "title:(";
        var close = random.Next(4) == 0 ? random.Next(depth + 1) : depth;
        return string.Concat(Enumerable.Repeat(open, depth)) + TokenSoup(random, random.Next(1, 4)) + new string(')', close);
    }

    /// <summary>Mostly valid queries from the grammar, so that the builder meets deep mixes of OR, NOT, fields and dates.</summary>
    private static string Structured(Random random, int depth)
    {
        if (depth > 4 || random.Next(3) == 0)
            return Leaf(random);
        var count = random.Next(1, 4);
        var parts = Enumerable.Range(0, count).Select(_ => Structured(random, depth + 1)).ToList();
        var op = random.Next(4) switch { 0 => " OR ", 1 => " AND ", _ => " " };
        var body = string.Join(op, parts);
        var prefix = random.Next(6) switch
        {
            0 => "-",
            1 => "NOT ",
            2 => SearchFields.All[random.Next(SearchFields.All.Count)].Name + ":",
            3 => "+",
            _ => "",
        };
        return prefix + "(" + body + ")";
    }

    private static string Leaf(Random random)
    {
        var words = new[] { "peace", "plan", "talks", "vote", "nunez", "budget", "ceasefire", "weeks", "covid-19", "zz" };
        var word = words[random.Next(words.Length)];
        var field = random.Next(3) == 0 ? SearchFields.All[random.Next(SearchFields.All.Count)].Name + ":" : "";
        var negation = random.Next(5) == 0 ? "-" : "";
        return negation + (random.Next(9) switch
        {
            0 => field + word[..Math.Min(4, word.Length)] + "*",
            1 => field + "\"" + word + " " + words[random.Next(words.Length)] + "\"",
            2 => field + "\"" + word + " " + words[random.Next(words.Length)] + "\"~" + random.Next(0, 12),
            3 => "date:" + random.Next(2023, 2027),
            4 => "date:[" + random.Next(2024, 2026) + "-" + random.Next(1, 13) + " TO *]",
            5 => "date:>=2025-" + random.Next(1, 13) + "-" + random.Next(1, 29),
            _ => field + word,
        });
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 5);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            var piece = Vocabulary[random.Next(Vocabulary.Length)];
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, piece);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 4), builder.Length - at));
                    break;
                default:
                    builder[at] = piece.Length > 0 ? piece[0] : ' ';
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Long(Random random)
    {
        var builder = new StringBuilder();
        var limit = random.Next(QueryTextParser.MaxLength - 50, QueryTextParser.MaxLength + 50);
        while (builder.Length < limit)
            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(' ');
        return builder.ToString();
    }

    [GeneratedRegex(@"'[^']*'|[0-9]+|\(known:.*")]
    private static partial Regex ErrorKind();

    private static string Show(string query)
    {
        var shown = query.Length > 200 ? query[..200] + "…" : query;
        return "\"" + string.Concat(shown.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";
    }
}
