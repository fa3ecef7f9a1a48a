using System.CommandLine;
using SearchEngine.Core.Index;
using SearchEngine.Core.Ingest;
using Spectre.Console;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine index &lt;folder&gt;</c>: brings the index up to date with a folder of articles.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of .txt/.md news articles (read recursively)" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var maxBytes = new Option<long>("--max-file-bytes")
        {
            Description = "Skip files larger than this many bytes",
            DefaultValueFactory = _ => IngestOptions.Default.MaxFileBytes,
        };
        var command = new Command("index", "Index a folder of news articles (incremental: only changes are written)")
        {
            folder, index, maxBytes, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var builder = new IndexBuilder(parse.GetRequiredValue(index), new IngestOptions(parse.GetValue(maxBytes)));
            var report = WithProgress(progress => builder.Run(parse.GetRequiredValue(folder), progress), parse.GetValue(json));
            if (parse.GetValue(json)) output.WriteLine(SearchEngine.Core.Search.SearchJson.Serialize(ToJson(report)));
            else PrintSummary(output, report);
            return Cli.Success;
        });
        return command;
    }

    private static IndexReport WithProgress(Func<IProgress<IndexProgress>, IndexReport> run, bool quiet)
    {
        if (!Console.IsErrorRedirected && !quiet && AnsiConsole.Profile.Capabilities.Interactive)
        {
            IndexReport? report = null;
            AnsiConsole.Progress().AutoClear(true).Columns(
                    new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("indexing", maxValue: 1);
                    report = run(new Progress<IndexProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        if (p.Stage != BuildStage.Articles) task.Description = StageLine(p.Stage);
                    }));
                });
            return report!;
        }

        // Redirected output: a plain line every 10 % (or every 1,000 files), for logs, and one per later stage.
        var lastStep = -1;
        var lastStage = BuildStage.Articles;
        return run(new InlineProgress(p =>
        {
            if (p.Stage != BuildStage.Articles)
            {
                if (p.Stage != lastStage && !quiet) Console.Error.WriteLine(StageLine(p.Stage));
                lastStage = p.Stage;
                return;
            }
            var step = p.Total == 0 ? 10 : (int)(p.Done * 10L / p.Total);
            if (step == lastStep && p.Done % 1000 != 0) return;
            lastStep = step;
            if (!quiet) Console.Error.WriteLine($"indexed {p.Done:N0} of {p.Total:N0} files");
        }));
    }

    private static string StageLine(BuildStage stage) => stage switch
    {
        BuildStage.MergingSegments => "all files stored; merging the index",
        BuildStage.Persons => "merging persons across articles",
        _ => "finding copies and same-story articles",
    };

    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    private static void PrintSummary(TextWriter output, IndexReport report)
    {
        output.WriteLine((report.FinishedInterrupted, report.NothingChanged) switch
        {
            (true, true) => "Finished the last run, which was stopped before its end: no article changed since, "
                            + $"and the person catalogue and duplicate clusters are rebuilt ({report.ArticlesUnchanged:N0} articles in {report.FilesSeen:N0} files).",
            (true, false) => "Index updated, finishing the last run, which was stopped before its end "
                             + "(the person catalogue and duplicate clusters are rebuilt).",
            (false, true) => $"Index is up to date: nothing changed ({report.ArticlesUnchanged:N0} articles in {report.FilesSeen:N0} files).",
            (false, false) => "Index updated.",
        });
        if (report.RebuiltOutdated)
            output.WriteLine("  The folder held an index written by an older version (SQLite, or another schema); it was rebuilt from the corpus.");
        output.WriteLine($"  files seen        {report.FilesSeen,10:N0}");
        output.WriteLine($"  articles added    {report.ArticlesAdded,10:N0}");
        output.WriteLine($"  articles updated  {report.ArticlesUpdated,10:N0}");
        output.WriteLine($"  articles removed  {report.ArticlesRemoved,10:N0}");
        output.WriteLine($"  articles unchanged{report.ArticlesUnchanged,10:N0}");
        output.WriteLine($"  files skipped     {report.Skipped.Count,10:N0}");
        output.WriteLine($"  elapsed           {report.Elapsed.TotalSeconds,10:N2} s");
        if (report.ArticlesAdded + report.ArticlesUpdated > 0)
            output.WriteLine($"  articles/second   {report.ArticlesPerSecond,10:N0}");
        foreach (var phase in report.Phases)
            output.WriteLine($"    {phase.Name,-22}{phase.Elapsed.TotalSeconds,8:N2} s");
        PrintList(output, "Skipped", report.Skipped);
        PrintList(output, "Encoding", report.EncodingNotes);
        PrintList(output, "Warnings", report.Warnings);
    }

    private static void PrintList(TextWriter output, string heading, IReadOnlyList<SkippedFile> items)
    {
        if (items.Count == 0) return;
        output.WriteLine($"{heading}:");
        foreach (var item in items.Take(50)) output.WriteLine($"  {item.RelativePath}: {item.Reason}");
        if (items.Count > 50) output.WriteLine($"  … and {items.Count - 50:N0} more (use --json for all)");
    }

    private static object ToJson(IndexReport r) => new
    {
        filesSeen = r.FilesSeen,
        filesUnchanged = r.FilesUnchanged,
        articlesAdded = r.ArticlesAdded,
        articlesUpdated = r.ArticlesUpdated,
        articlesRemoved = r.ArticlesRemoved,
        articlesUnchanged = r.ArticlesUnchanged,
        nothingChanged = r.NothingChanged,
        rebuiltOutdated = r.RebuiltOutdated,
        finishedInterrupted = r.FinishedInterrupted,
        bytesRead = r.BytesRead,
        elapsedSeconds = Math.Round(r.Elapsed.TotalSeconds, 3),
        articlesPerSecond = Math.Round(r.ArticlesPerSecond, 1),
        phases = r.Phases.Select(p => new { name = p.Name, seconds = Math.Round(p.Elapsed.TotalSeconds, 3) }),
        skipped = r.Skipped.Select(s => new { path = s.RelativePath, reason = s.Reason }),
        encodings = r.EncodingNotes.Select(s => new { path = s.RelativePath, note = s.Reason }),
        warnings = r.Warnings.Select(s => new { path = s.RelativePath, warning = s.Reason }),
    };
}
