using SearchEngine.Core.Index;

namespace SearchEngine.Cli.Tests;

/// <summary>After a run stopped before its end, the next <c>index</c> says it finished that run, not "nothing changed".</summary>
public sealed class FinishingStoppedRunTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-cli-stop-" + Guid.NewGuid().ToString("N")[..12]);

    private string Corpus => Path.Combine(_root, "corpus");
    private string Index => Path.Combine(_root, "index");

    public FinishingStoppedRunTests()
    {
        Directory.CreateDirectory(Corpus);
        for (var i = 0; i < 6; i++) File.WriteAllText(Path.Combine(Corpus, $"{i}.txt"), $"Report {i}\n\nTomas Berglund opened pier {i}.");
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    [Fact]
    public void The_run_after_a_stopped_one_says_it_finished_it_and_the_one_after_that_says_nothing_changed()
    {
        using (var stop = new CancellationTokenSource())
            Assert.ThrowsAny<OperationCanceledException>(() =>
                new IndexBuilder(Index).Run(Corpus, new StopAt(stop), stop.Token));

        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, Cli.Run(Cli.CreateRoot(), ["index", Corpus, "--index", Index], output, error));
        Assert.StartsWith("Finished the last run, which was stopped before its end", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("nothing changed", output.ToString(), StringComparison.Ordinal);

        output = new StringWriter();
        Cli.Run(Cli.CreateRoot(), ["index", Corpus, "--index", Index], output, error);
        Assert.StartsWith("Index is up to date: nothing changed", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Stops the run once every file is stored, before the person catalogue and the clusters.</summary>
    private sealed class StopAt(CancellationTokenSource stop) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            if (value.Done == value.Total) stop.Cancel();
        }
    }
}
