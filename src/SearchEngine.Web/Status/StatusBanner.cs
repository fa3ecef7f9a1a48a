using BuildStage = SearchEngine.Core.Index.BuildStage;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Status;

/// <summary>
/// The banner under the top bar: progress while an index is built or an interrupted build finished (polled by htmx),
/// the reason if it failed, and a warning when the index served was left unfinished.
/// </summary>
public static class StatusBanner
{
    public static Markup Render(IndexStatus status) => status.Phase switch
    {
        IndexPhase.Building => Html.Of($"""
            <div id="status" class="banner" role="status" hx-get="/status" hx-trigger="load delay:700ms" hx-swap="outerHTML">
            <strong>{(status.Message is null ? "Building the search index…" : status.Message + "…")}</strong>
            <span>{Progress(status)}</span>
            <progress max="100" value="{status.Percent}" aria-label="Index build progress">{status.Percent}%</progress>
            <span class="banner-note">Search becomes available when it is ready; this page refreshes by itself.</span>
            </div>
            """),
        IndexPhase.Failed => Html.Of($"""<div id="status" class="banner banner-error" role="alert">{status.Message}</div>"""),
        IndexPhase.Ready when status.Message is not null =>
            Html.Of($"""<div id="status" class="banner banner-warning" role="status">{status.Message}</div>"""),
        _ => Html.Of($"""<div id="status" hidden></div>"""),
    };

    private static string Progress(IndexStatus status) => status.Stage switch
    {
        BuildStage.MergingSegments => $"All {status.Total:N0} files stored; merging the index",
        BuildStage.Persons => "All files stored; merging persons across articles",
        BuildStage.Duplicates => "All files stored; finding copies and same-story articles",
        _ when status.Total == 0 => "Scanning the corpus",
        _ => $"{status.Done:N0} of {status.Total:N0} files ({status.Percent}%)",
    };
}
