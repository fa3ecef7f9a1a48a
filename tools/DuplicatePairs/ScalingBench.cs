using System.Diagnostics;
using System.Text;
using SearchEngine.Core.Duplicates;

namespace DuplicatePairs;

/// <summary>
/// Time and memory to index and cluster N synthetic articles, for several N, to show growth is close to linear.
/// Articles are Zipf-distributed pseudo-words in sentences, grouped into stories (about three articles each) that
/// share names, numbers and a quote; one article in ten is a lightly edited copy of an earlier one.
/// </summary>
internal static class ScalingBench
{
    private const int Vocabulary = 30_000;
    private const int CommonNames = 3_000;

    public static int Run(int[] sizes)
    {
        if (sizes.Length == 0) sizes = [10_000, 100_000];
        var words = PseudoWords(Vocabulary, 1, capitalised: false);
        var names = PseudoWords(CommonNames, 2, capitalised: true);
        var wordCdf = ZipfCdf(Vocabulary, 1.05);
        var nameCdf = ZipfCdf(CommonNames, 1.0);
        Console.WriteLine("articles | fingerprints (2 cores) | index add (1 thread) | per article | clusters (all levels) | index memory | fingerprint memory | BLOB bytes/article | clusters exact/near/story | articles with passages");
        double? previous = null;
        var lastTenthStart = 0L;
        foreach (var n in sizes)
        {
            var clock = Stopwatch.StartNew();
            var builder = new FingerprintBuilder();
            var texts = new string[n];
            Parallel.For(0, n, i => texts[i] = Article(i, n, words, wordCdf, names, nameCdf));
            for (var i = 0; i < n; i++)
                if (i > 10 && new Random(i * 7919).NextDouble() < 0.1) texts[i] = Edit(texts[new Random(i).Next(i)], i);
            var stories = Math.Max(1, n / 3);
            var fingerprints = new ArticleFingerprint[n];
            Parallel.For(0, n, i => fingerprints[i] = builder.Build($"a{i}", texts[i], $"outlet{i % 50}",
                new DateOnly(2025, 1, 1).AddDays(new Random(i).Next(stories) * 365 / stories + i % 2)));
            texts = null!;
            var fingerprintMs = clock.ElapsedMilliseconds;

            GC.Collect();
            var before = GC.GetTotalMemory(true);
            var fingerprintBytes = before;
            clock.Restart();
            var index = new DuplicateIndex();
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen2Before = GC.CollectionCount(2);
            var tenth = Math.Max(1, n / 10);
            var firstTenthMs = 0L;
            for (var i = 0; i < n; i++)
            {
                if (i == tenth) firstTenthMs = clock.ElapsedMilliseconds;
                if (i == n - tenth) lastTenthStart = clock.ElapsedMilliseconds;
                index.Add(fingerprints[i]);
            }
            var addMs = clock.ElapsedMilliseconds;
            var lastTenthMs = addMs - lastTenthStart;
            var pauseMs = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var gen2 = GC.CollectionCount(2) - gen2Before;
            clock.Restart();
            var exact = index.Clusters(DuplicateLevel.Exact).Count;
            var near = index.Clusters(DuplicateLevel.Near).Count;
            var story = index.Clusters(DuplicateLevel.Story).Count;
            var clusterMs = clock.ElapsedMilliseconds;
            var after = GC.GetTotalMemory(true);
            var withPassages = fingerprints.Count(f => index.PassagesOf(f.Id).Count > 0);
            var blob = fingerprints.Take(1000).Average(f => f.ToBytes().Length);
            GC.KeepAlive(index);
            var fpMemory = FingerprintMemory(fingerprints);
            var perArticle = 1000.0 * addMs / n;
            Console.WriteLine($"{n,8:N0} | {fingerprintMs,8:N0} ms | {addMs,8:N0} ms | {perArticle,6:0} µs | {clusterMs,6:N0} ms | {(after - before) / 1048576.0,7:0} MB | {fpMemory / 1048576.0,6:0} MB | {blob,6:0} | {exact}/{near}/{story} | {withPassages}");
            Console.WriteLine($"  per article: {1000.0 * firstTenthMs / tenth:0} µs while the index held 0-{tenth:N0} articles, {1000.0 * lastTenthMs / tenth:0} µs at {n - tenth:N0}-{n:N0}; GC paused {pauseMs:N0} ms of the adds ({gen2} gen2 collections)");
            if (previous is { } p) Console.WriteLine($"  per-article add time grew x{perArticle / p:0.00} for x{n / (double)sizes[0]:0} articles");
            previous ??= perArticle;
            fingerprints = null!;
            GC.KeepAlive(fingerprintBytes);
        }
        return 0;
    }

    private static string Article(int i, int n, string[] words, double[] wordCdf, string[] names, double[] nameCdf)
    {
        var random = new Random(i);
        var storyId = random.Next(Math.Max(1, n / 3));
        var story = new Random(1_000_003 * storyId + 17);
        var storyNames = PseudoWordsFrom(story, 10, capitalised: true);
        var storyNumbers = Enumerable.Range(0, 3).Select(_ => story.Next(10, 1_000_000).ToString("N0")).ToArray();
        var quote = string.Join(' ', Enumerable.Range(0, 8).Select(_ => words[Sample(story, wordCdf)]));
        var text = new StringBuilder();
        var sentences = random.Next(15, 28);
        var quoteAt = random.Next(sentences);
        for (var s = 0; s < sentences; s++)
        {
            var length = random.Next(10, 20);
            for (var w = 0; w < length; w++)
            {
                var word = words[Sample(random, wordCdf)];
                if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
                else
                {
                    var roll = random.NextDouble();
                    if (roll < 0.06) word = storyNames[random.Next(storyNames.Length)];
                    else if (roll < 0.09) word = names[Sample(random, nameCdf)];
                    else if (roll < 0.1) word = storyNumbers[random.Next(storyNumbers.Length)];
                }
                text.Append(word).Append(w + 1 < length ? " " : ". ");
            }
            if (s == quoteAt) text.Append("He said \u201C").Append(quote).Append("\u201D. ");
            if (s % 5 == 4) text.Append('\n');
        }
        return text.ToString();
    }

    private static string Edit(string text, int seed)
    {
        var random = new Random(seed);
        var words = text.Split(' ');
        for (var k = 0; k < 3; k++) words[random.Next(words.Length)] = "edited";
        var edited = string.Join(' ', words);
        var cut = edited.LastIndexOf(". ", edited.Length - 2, StringComparison.Ordinal);
        return cut > edited.Length * 0.9 ? edited[..(cut + 1)] : edited;
    }

    private static long FingerprintMemory(ArticleFingerprint[] fingerprints)
    {
        long bytes = 0;
        foreach (var f in fingerprints)
            bytes += 200 + 2 * f.Id.Length + 4L * (f.MinHash.Length + f.Shingles.Length + f.Persons.Length + f.Names.Length + f.Numbers.Length + f.Quotes.Length)
                     + 8L * f.Terms.Length + 16L * f.Passages.Length;
        return bytes;
    }

    private static int Sample(Random random, double[] cdf)
    {
        var index = Array.BinarySearch(cdf, random.NextDouble());
        return Math.Min(cdf.Length - 1, index < 0 ? ~index : index);
    }

    private static double[] ZipfCdf(int count, double exponent)
    {
        var cdf = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++) cdf[i] = sum += 1 / Math.Pow(i + 1, exponent);
        for (var i = 0; i < count; i++) cdf[i] /= sum;
        return cdf;
    }

    private static string[] PseudoWords(int count, int seed, bool capitalised) => PseudoWordsFrom(new Random(seed), count, capitalised);

    private static string[] PseudoWordsFrom(Random random, int count, bool capitalised)
    {
        var result = new HashSet<string>();
        while (result.Count < count)
        {
            var chars = new char[random.Next(capitalised ? 5 : 3, 10)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)('a' + random.Next(26));
            if (capitalised) chars[0] = char.ToUpperInvariant(chars[0]);
            result.Add(new string(chars));
        }
        return [.. result];
    }
}
