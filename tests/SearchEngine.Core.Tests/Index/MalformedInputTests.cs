using System.Text;
using SearchEngine.Core.Index;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

/// <summary>Thousands of generated malformed files: no crash, every bad file reported, every good file indexed.</summary>
public class MalformedInputTests
{
    private const int GoodFiles = 300;

    [Fact]
    public void Malformed_files_are_reported_and_everything_else_is_indexed()
    {
        using var corpus = new TempCorpus();
        var random = new Random(2024);
        for (var i = 0; i < GoodFiles; i++)
            corpus.Write($"good/{i:0000}.txt", $"Good article {i}\n\nA sound report with the marker goodword and number {i}.");

        var expectedBad = new HashSet<string>();
        for (var i = 0; i < 1000; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (bytes.Length > 0) bytes[random.Next(bytes.Length)] = 0; // binary for certain
            var name = $"random/{i:0000}.txt";
            corpus.WriteBytes(name, bytes);
            expectedBad.Add(name);
        }

        // Text that is odd but readable must be indexed, not rejected.
        var odd = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var name = $"odd/{i:0000}.txt";
            odd.Add(name);
            corpus.WriteBytes(name, OddText(random, i));
        }

        corpus.Write("odd/endless-line.txt", string.Concat(Enumerable.Repeat("word \"quoted ‘nested “deeper” ’ ", 120_000)));
        odd.Add("odd/endless-line.txt");
        corpus.WriteBytes("huge.txt", Encoding.UTF8.GetBytes(new string('x', 50 * 1024 * 1024)));
        expectedBad.Add("huge.txt");
        corpus.Write("empty.txt", "");
        expectedBad.Add("empty.txt");
        corpus.Write("zz-vanishes.txt", "This file is deleted after the run starts.");
        expectedBad.Add("zz-vanishes.txt");

        var vanished = false;
        var report = new IndexBuilder(corpus.Index, new IngestOptions(MaxFileBytes: 16 * 1024 * 1024)).Run(corpus.Corpus,
            new InlineProgress(_ =>
            {
                if (vanished) return;
                vanished = true;
                corpus.Delete("zz-vanishes.txt");
            }));

        var skipped = report.Skipped.ToDictionary(s => s.RelativePath, s => s.Reason);
        var missing = expectedBad.Where(path => !skipped.ContainsKey(path)).ToList();
        Assert.True(missing.Count == 0, $"not reported as skipped: {string.Join(", ", missing.Take(5))}");
        Assert.Contains("vanished", skipped["zz-vanishes.txt"]);
        Assert.Contains("too large", skipped["huge.txt"]);
        Assert.All(skipped.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.DoesNotContain(skipped.Keys, path => path.StartsWith("good/") || (path.StartsWith("odd/") && !skipped[path].Contains("no text")));
        Assert.DoesNotContain(skipped.Values, reason => reason.StartsWith("extraction failed"));

        var searcher = new ArticleSearcher(corpus.Index);
        Assert.Equal(GoodFiles, searcher.Search(new SearchRequest { Query = "goodword" }).Total);
        Assert.Equal(report.ArticlesAdded, searcher.GetStats().Articles);
    }

    /// <summary>Readable but hostile text: truncated UTF-8, unbalanced and nested quotes, only punctuation, odd line ends.</summary>
    private static byte[] OddText(Random random, int i)
    {
        string[] pieces =
        [
            "“Unclosed quote said Smith", "He said: \"", "‘‘nested ‘single’ “double ‘mixed’” ’", "!!! ??? ... --- ;;; ",
            "\r\n\r\r\n", "By \n", "© ", "(AP) —", "WASHINGTON (Reuters) -", "Mr. Mrs. Dr. ", "\u200B\u00A0\t",
            "Zelenskyy’s “peace” ‘plan’", "Written by // // //", "18 November\n", "x\"y\"z\"", "«guillemets» „low“",
        ];
        var text = new StringBuilder();
        for (var j = random.Next(1, 40); j > 0; j--) text.Append(pieces[random.Next(pieces.Length)]);
        text.Append(" oddword").Append(i);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        // Cut some files inside a multi-byte character: still readable (as Windows-1252), never a crash.
        return i % 5 == 0 && bytes.Length > 3 ? bytes[..^1] : bytes;
    }

    private sealed class InlineProgress(Action<IndexProgress> onReport) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => onReport(value);
    }
}
