using SearchEngine.Core.Index;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// A run stopped before its end (here: cancelled from its own progress report, at a chosen file or stage) leaves an
/// index that says so, over which folder; the next run over that folder finishes it, says it did, and ends where a
/// run that was never stopped ends.
/// </summary>
public sealed class StoppedRunTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public StoppedRunTests()
    {
        for (var i = 0; i < 40; i++)
            _corpus.Write($"{i:00}.txt", $"Ferry report {i}\n\nMaria Delgado said the ferry line {i} reopens. Delgado thanked the crews of pier {i}.");
        _corpus.Write("copy.txt", "Ferry report 3\n\nMaria Delgado said the ferry line 3 reopens. Delgado thanked the crews of pier 3.");
    }

    public void Dispose() => _corpus.Dispose();

    private IndexReport RunStoppingWhen(Func<IndexProgress, bool> stopAt)
    {
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (stopAt(p)) stop.Cancel(); });
        return new IndexBuilder(_corpus.Index) { CommitEveryFiles = 5 }.Run(_corpus.Corpus, progress, stop.Token);
    }

    [Fact]
    public void A_run_stopped_among_the_files_is_recorded_with_its_folder_and_finished_by_the_next_run()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => RunStoppingWhen(p => p.Done == 12));

        var left = IndexBuilder.FindInterruptedRun(_corpus.Index);
        Assert.NotNull(left);
        Assert.Equal(Path.GetFullPath(_corpus.Corpus), left.CorpusRoot);
        Assert.InRange(left.Articles, 12, 41); // the workers may have stored files the loop had not counted yet
        Assert.True(left.Over(_corpus.Corpus + Path.DirectorySeparatorChar));
        Assert.False(left.Over(_corpus.Root));

        var next = new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        Assert.True(next.FinishedInterrupted);
        Assert.Null(IndexBuilder.FindInterruptedRun(_corpus.Index));
        AssertSameAsCleanBuild();
        Assert.False(new IndexBuilder(_corpus.Index).Run(_corpus.Corpus).FinishedInterrupted);
    }

    [Fact]
    public void A_run_stopped_after_storing_every_file_changes_no_article_next_time_but_rebuilds_the_derived_data()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => RunStoppingWhen(p => p.Done == p.Total));
        Assert.Equal(41, IndexBuilder.FindInterruptedRun(_corpus.Index)!.Articles);
        using (var searcher = new ArticleSearcher(_corpus.Index))
            Assert.Equal(0, searcher.GetStats().ExactClusters); // what the web app served before it knew better

        var next = new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        Assert.True(next.FinishedInterrupted);
        Assert.True(next.NothingChanged);
        Assert.Contains(next.Phases, p => p.Name == "duplicates");
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_complete_index_or_a_missing_one_has_no_interrupted_run()
    {
        Assert.Null(IndexBuilder.FindInterruptedRun(_corpus.Index));
        new IndexBuilder(_corpus.Index).Run(_corpus.Corpus);
        Assert.Null(IndexBuilder.FindInterruptedRun(_corpus.Index));
    }

    [Fact]
    public void A_run_reports_its_stages_in_order()
    {
        var stages = new List<BuildStage>();
        new IndexBuilder(_corpus.Index).Run(_corpus.Corpus, new InlineProgress(p => { if (stages.Count == 0 || stages[^1] != p.Stage) stages.Add(p.Stage); }));
        Assert.Equal([BuildStage.Articles, BuildStage.Persons, BuildStage.Duplicates], stages);
    }

    [Fact]
    public void An_unfinished_index_without_a_recorded_folder_is_finished_only_when_it_holds_no_article()
    {
        Assert.True(new InterruptedRun(null, 0).Over("/any/folder"));
        Assert.False(new InterruptedRun(null, 3).Over("/any/folder"));
    }

    private void AssertSameAsCleanBuild()
    {
        using var clean = new TempCorpus();
        new IndexBuilder(clean.Index).Run(_corpus.Corpus);
        using var expected = new ArticleSearcher(clean.Index);
        using var actual = new ArticleSearcher(_corpus.Index);
        var (e, a) = (expected.GetStats(), actual.GetStats());
        Assert.Equal((e.Articles, e.Files, e.Persons, e.ExactClusters, e.NearClusters, e.StoryClusters),
            (a.Articles, a.Files, a.Persons, a.ExactClusters, a.NearClusters, a.StoryClusters));
        Assert.Equal(1, a.ExactClusters);
    }

    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
