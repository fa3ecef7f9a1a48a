using System.Collections.Concurrent;
using System.Diagnostics;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Tests;

/// <summary>The indexer killed with SIGKILL at points of its progress: the index must stay whole and the next run must finish the work.</summary>
public sealed partial class InterruptedRunTests : IDisposable
{
    private const int FileCount = 2000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-kill-" + Guid.NewGuid().ToString("N")[..12]);

    private string Corpus => Path.Combine(_root, "corpus");
    private string Index => Path.Combine(_root, "index");

    public InterruptedRunTests()
    {
        Directory.CreateDirectory(Corpus);
        var random = new Random(7);
        string[] words = ["ceasefire", "envoy", "treaty", "harvest", "market", "election", "border", "summit", "inflation", "strike"];
        for (var i = 0; i < FileCount; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 300).Select(_ => words[random.Next(words.Length)]));
            File.WriteAllText(Path.Combine(Corpus, $"{i:0000}.txt"), $"Report number {i}\n\nEverycopy {body} marker{i}.");
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    [Fact]
    public void A_killed_indexer_leaves_the_last_committed_state_searchable_and_the_next_run_completes()
    {
        // The first build, killed a third of the way: nothing of it is committed yet (a run commits every 10 s or
        // 8,192 files), so the index is empty or absent, and readers must say so rather than fail.
        KillAt(tenths: 3, trial: 0);

        // The next run completes the build.
        RunToTheEnd();
        Assert.Equal(FileCount, AssertWholeAndConsistent());

        // Then runs that update a third of the files are killed at one tenth of their files, two tenths, … eight
        // tenths: points its own progress reports, never a guessed time, so every trial interrupts a run on any
        // machine. Each leaves the last committed state whole; work a killed run did not commit is redone by the next.
        var random = new Random(12345);
        var revised = new Dictionary<int, int>();
        for (var trial = 1; trial <= 8; trial++)
        {
            var changed = Enumerable.Range(0, FileCount / 3).Select(_ => random.Next(FileCount)).Distinct().ToList();
            foreach (var i in changed)
                File.AppendAllText(Path.Combine(Corpus, $"{i:0000}.txt"), $" revised{trial}");
            revised[trial] = changed.Count;

            KillAt(tenths: trial, trial);
            Assert.Equal(FileCount, AssertWholeAndConsistent());
        }

        RunToTheEnd();
        Assert.Equal(FileCount, AssertWholeAndConsistent());
        var searcher = new ArticleSearcher(Index);
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = $"marker{FileCount - 1}" }).Total);
        foreach (var (trial, count) in revised)
            Assert.True(searcher.Search(new SearchRequest { Query = $"revised{trial}", PageSize = 0 }).Total == count,
                $"the revisions of trial {trial} ({count} files) are not all in the index");
    }

    /// <summary>Starts a run and kills it once it reports <paramref name="tenths"/> tenths of its files done.</summary>
    private void KillAt(int tenths, int trial)
    {
        using var indexer = new IndexerProcess(StartIndexer());
        var reached = indexer.WaitForProgress(tenths);
        if (indexer.Process.HasExited)
            Assert.Fail($"the indexer finished (exit code {indexer.Process.ExitCode}) before it could be killed after '{reached}'");
        indexer.Process.Kill(entireProcessTree: true);
        indexer.Process.WaitForExit();

        if (!ArticleSearcher.Exists(Index))
        {
            Assert.Throws<IndexNotFoundException>(() => new ArticleSearcher(Index));
            TestContext.Current.TestOutputHelper?.WriteLine($"trial {trial}: killed after '{reached}'; no index yet");
            return;
        }
        var held = AssertWholeAndConsistent();
        TestContext.Current.TestOutputHelper?.WriteLine($"trial {trial}: killed after '{reached}'; the index holds {held} articles");
    }

    private void RunToTheEnd()
    {
        using var run = new IndexerProcess(StartIndexer());
        Assert.True(run.Process.WaitForExit(TimeSpan.FromMinutes(5)), $"a run did not finish within 5 minutes; it printed:\n{run.Output}");
        run.Process.WaitForExit(); // and its output is read to the end
        Assert.True(run.Process.ExitCode == 0, $"a run failed with exit code {run.Process.ExitCode}; it printed:\n{run.Output}");
    }

    /// <summary>The index is whole (every article found by full text, one per file); how many articles it holds.</summary>
    private int AssertWholeAndConsistent()
    {
        var searcher = new ArticleSearcher(Index);
        var stats = searcher.GetStats();
        var everything = searcher.Search(new SearchRequest { Query = "everycopy", PageSize = 0 });
        Assert.True(everything.Error is null, $"search failed after a kill: {everything.Error}");
        Assert.True(stats.Articles == everything.Total,
            $"stored articles ({stats.Articles}) and full-text matches ({everything.Total}) disagree: something is missing or doubled");
        Assert.True(stats.Articles == stats.Files, $"{stats.Articles} articles but {stats.Files} files recorded");
        Assert.InRange(stats.Articles, 0, FileCount);
        return stats.Articles;
    }

    private Process StartIndexer()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "searchengine.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "index", Corpus, "--index", Index }) info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    /// <summary>
    /// The indexer with its output read as it comes: redirected, it prints "indexed N of M files" to stderr every tenth
    /// of its files, which is where the test can tell how far a run has got.
    /// </summary>
    private sealed partial class IndexerProcess : IDisposable
    {
        private static readonly TimeSpan ProgressBound = TimeSpan.FromMinutes(3);
        private readonly BlockingCollection<string?> _errorLines = new();
        private readonly System.Text.StringBuilder _output = new();

        public IndexerProcess(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Record(e.Data);
            process.ErrorDataReceived += (_, e) =>
            {
                Record(e.Data);
                _errorLines.Add(e.Data);
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        /// <summary>All the process printed so far, for failure messages.</summary>
        public string Output
        {
            get { lock (_output) return _output.ToString(); }
        }

        /// <summary>Blocks until the run reports at least <paramref name="tenths"/> tenths of its files done; the line it reported.</summary>
        public string WaitForProgress(int tenths)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var left = ProgressBound - clock.Elapsed;
                if (left <= TimeSpan.Zero || !_errorLines.TryTake(out var line, left))
                    Assert.Fail($"the indexer did not report {tenths}/10 of its files within {ProgressBound.TotalMinutes} minutes; it printed:\n{Output}");
                else if (line is null)
                    Assert.Fail($"the indexer ended before reporting {tenths}/10 of its files; it printed:\n{Output}");
                else if (ProgressLine().Match(line) is { Success: true } match
                         && Number(match.Groups["done"].Value) * 10L >= tenths * (long)Number(match.Groups["total"].Value))
                    return line;
            }
        }

        private static int Number(string text) => int.Parse(text.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

        private void Record(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
            _errorLines.Dispose();
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^indexed (?<done>[0-9,]+) of (?<total>[0-9,]+) files$")]
        private static partial System.Text.RegularExpressions.Regex ProgressLine();
    }
}
