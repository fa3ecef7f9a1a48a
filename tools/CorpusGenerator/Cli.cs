using System.Globalization;

namespace CorpusGenerator;

/// <summary>Command-line entry: parses flags into <see cref="GeneratorOptions"/>, runs, prints the summary.</summary>
public static class Cli
{
    public const string Usage = """
        usage: CorpusGenerator --source DIR --out DIR [--count N] [--seed N] [options]
          --source DIR          shared corpora root (bbc/, reuters21578/, allsides-sample/)
          --out DIR             output folder; must be empty or absent
          --count N             articles to write (default 10000)
          --seed N              random seed (default 42); same seed, same bytes
          --exact-rate R        exact copies (default 0.03)
          --near-rate R         near-duplicates (default 0.05)
          --rewrite-rate R      rewrites of one story (default 0.03)
          --near-min R          near-duplicate 5-shingle Jaccard band, low end (default 0.80)
          --near-max R          high end (default 0.95)
          --rewrite-max R       highest 5-shingle Jaccard of a rewrite (default 0.25)
          --byline-rate R       "By First Last" line (default 0.30)
          --dateline-rate R     "CITY (Reuters) - " dateline (default 0.20)
          --copyright-rate R    "© 2019 Outlet" line (default 0.15)
          --folder-size N       files per subfolder, at most 10000 (default 10000)
          --threads N           worker threads (default: processor count); output does not depend on it
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        GeneratorOptions options;
        try
        {
            options = Parse(args);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine(e.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var corpus = SourceCorpus.Load(options.Source);
            stdout.WriteLine($"source: {corpus.ArticleCount:N0} articles ({string.Join(", ", corpus.Corpora.Select((c, i) => $"{c} {corpus.ArticlesByCorpus[i].Length:N0}"))}), " +
                             $"{corpus.ArticlesByTopic.Count:N0} topics, {corpus.PersonNames.Count:N0} person names, {corpus.Outlets.Count:N0} outlets, loaded in {started.Elapsed.TotalSeconds:N1} s");
            var summary = new Generator(corpus, options).Run(stdout);
            stdout.WriteLine(summary);
            stdout.WriteLine($"wrote {Path.Combine(options.Output, "metadata.tsv")}, ground-truth.tsv, sources.tsv; total {started.Elapsed.TotalSeconds:N1} s");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
    }

    public static GeneratorOptions Parse(string[] args)
    {
        string? source = null, output = null;
        var o = new GeneratorOptions { Source = "", Output = "" };
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            if (flag is "-h" or "--help") throw new ArgumentException("");
            if (i + 1 >= args.Length) throw new ArgumentException($"missing value after {flag}");
            var value = args[++i];
            o = flag switch
            {
                "--source" => o with { Source = source = value },
                "--out" => o with { Output = output = value },
                "--count" => o with { Count = Int(flag, value) },
                "--seed" => o with { Seed = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : throw new ArgumentException($"--seed needs an integer, got '{value}'") },
                "--exact-rate" => o with { ExactRate = Rate(flag, value) },
                "--near-rate" => o with { NearRate = Rate(flag, value) },
                "--rewrite-rate" => o with { RewriteRate = Rate(flag, value) },
                "--near-min" => o with { NearMin = Rate(flag, value) },
                "--near-max" => o with { NearMax = Rate(flag, value) },
                "--rewrite-max" => o with { RewriteMax = Rate(flag, value) },
                "--byline-rate" => o with { BylineRate = Rate(flag, value) },
                "--dateline-rate" => o with { DatelineRate = Rate(flag, value) },
                "--copyright-rate" => o with { CopyrightRate = Rate(flag, value) },
                "--folder-size" => o with { FolderSize = Int(flag, value) },
                "--threads" => o with { Threads = Int(flag, value) },
                _ => throw new ArgumentException($"unknown option {flag}"),
            };
        }
        if (source is null || output is null) throw new ArgumentException("--source and --out are required");
        return o;
    }

    private static int Int(string flag, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{flag} needs a non-negative integer, got '{value}'");

    private static double Rate(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1
            ? r
            : throw new ArgumentException($"{flag} needs a number between 0 and 1, got '{value}'");
}
