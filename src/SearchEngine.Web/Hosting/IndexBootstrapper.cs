using Microsoft.Extensions.Options;
using SearchEngine.Core.Index;

namespace SearchEngine.Web.Hosting;

/// <summary>
/// Builds the index in the background when the app starts without one, so a fresh clone works with no setup step, and
/// finishes a build of its corpus that was stopped before its end (Ctrl+C, a kill, a crash). A complete index is
/// served as it is: updating it is the CLI's job (the web app exposes nothing that writes).
/// </summary>
public sealed partial class IndexBootstrapper(IndexHolder holder, IOptions<SearchEngineOptions> options, ILogger<IndexBootstrapper> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (holder.Status.Phase != IndexPhase.Building)
            return holder.Searcher is { } ready ? Task.Run(() => WarmUp(ready), stoppingToken) : Task.CompletedTask;
        // The build is CPU-bound and synchronous; run it off the startup path so Kestrel starts answering at once.
        return Task.Run(() => Build(stoppingToken), stoppingToken);
    }

    private void Build(CancellationToken stoppingToken)
    {
        var paths = holder.Paths;
        if (!Directory.Exists(paths.Corpus))
        {
            holder.Fail($"There is no index in {paths.Index} and no corpus folder at {paths.Corpus} to build one from. "
                        + "Set SearchEngine:CorpusPath, or build an index with the CLI.");
            return;
        }

        try
        {
            LogBuilding(holder.Status.Message ?? "No index yet", paths.Corpus, paths.Index);
            var builder = options.Value.CommitEveryFiles is > 0 and var every
                ? new IndexBuilder(paths.Index) { CommitEveryFiles = every }
                : new IndexBuilder(paths.Index);
            var report = builder.Run(paths.Corpus, new Progress(holder), stoppingToken);
            var searcher = new ArticleSearcher(paths.Index);
            holder.Ready(searcher);
            LogBuilt(report.ArticlesAdded, report.Elapsed.TotalSeconds);
            WarmUp(searcher);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(ex);
            holder.Fail($"Building the index failed: {ex.Message}");
        }
    }

    /// <summary>Compiles the search path before the first user pays for it; a failure here only costs speed.</summary>
    private void WarmUp(ArticleSearcher searcher)
    {
        try
        {
            SearchWarmUp.Run(searcher);
        }
        catch (Exception ex)
        {
            LogWarmUpFailed(ex);
        }
    }

    /// <summary>Reports synchronously: <see cref="Progress{T}"/> would post to the thread pool and could arrive out of order.</summary>
    private sealed class Progress(IndexHolder holder) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => holder.Report(value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Reason}: building from {Corpus} into {Index}")]
    private partial void LogBuilding(string reason, string corpus, string index);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index built: {Articles} articles in {Seconds:0.0} s")]
    private partial void LogBuilt(int articles, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the search path failed")]
    private partial void LogWarmUpFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the index failed")]
    private partial void LogFailed(Exception exception);
}
