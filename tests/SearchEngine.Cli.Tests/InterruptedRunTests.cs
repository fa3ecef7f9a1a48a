using System.Diagnostics;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Tests;

/// <summary>The indexer killed with SIGKILL at random points: the index must stay whole and the next run must finish the work.</summary>
public sealed class InterruptedRunTests : IDisposable
{
    private const int FileCount = 3000;
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
        var random = new Random(12345);
        var killedWhileWorking = 0;
        for (var trial = 0; trial < 10; trial++)
        {
            // After the first trial, change a third of the files so that every run has updates to interrupt.
            if (trial > 0)
                foreach (var i in Enumerable.Range(0, FileCount / 3).Select(_ => random.Next(FileCount)).Distinct())
                    File.AppendAllText(Path.Combine(Corpus, $"{i:0000}.txt"), $" revised{trial}");

            using var process = StartIndexer();
            Thread.Sleep(random.Next(150, 1200));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killedWhileWorking++;
            }
            process.WaitForExit();
            // Killed before the first commit: there is no index yet, which readers must say rather than fail on.
            if (!ArticleSearcher.Exists(Index))
            {
                Assert.Throws<IndexNotFoundException>(() => new ArticleSearcher(Index));
                continue;
            }

            AssertWholeAndConsistent(expectComplete: false);
        }

        Assert.True(killedWhileWorking >= 5, $"only {killedWhileWorking} of 10 trials interrupted a run; the test proves little");

        using (var final = StartIndexer())
        {
            final.WaitForExit();
            Assert.Equal(0, final.ExitCode);
        }
        AssertWholeAndConsistent(expectComplete: true);
    }

    private void AssertWholeAndConsistent(bool expectComplete)
    {
        var searcher = new ArticleSearcher(Index);
        var stats = searcher.GetStats();
        var everything = searcher.Search(new SearchRequest { Query = "everycopy", PageSize = 0 });
        Assert.True(everything.Error is null, $"search failed after a kill: {everything.Error}");
        Assert.True(stats.Articles == everything.Total,
            $"stored articles ({stats.Articles}) and full-text matches ({everything.Total}) disagree: something is missing or doubled");
        Assert.True(stats.Articles == stats.Files, $"{stats.Articles} articles but {stats.Files} files recorded");
        Assert.InRange(stats.Articles, 0, FileCount);
        if (expectComplete)
        {
            Assert.Equal(FileCount, stats.Articles);
            Assert.Equal(1, searcher.Search(new SearchRequest { Query = $"marker{FileCount - 1}" }).Total);
        }
    }

    private Process StartIndexer()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "searchengine.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "index", Corpus, "--index", Index }) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
