using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Status;

/// <summary>The banner under the top bar: progress while the first index is built (polled by htmx), the reason if it failed.</summary>
public static class StatusBanner
{
    public static Markup Render(IndexStatus status) => status.Phase switch
    {
        IndexPhase.Building => Html.Of($"""
            <div id="status" class="banner" role="status" hx-get="/status" hx-trigger="load delay:700ms" hx-swap="outerHTML">
            <strong>Building the search index…</strong>
            <span>{Progress(status)}</span>
            <progress max="100" value="{status.Percent}" aria-label="Index build progress">{status.Percent}%</progress>
            <span class="banner-note">Search becomes available when it is ready; this page refreshes by itself.</span>
            </div>
            """),
        IndexPhase.Failed => Html.Of($"""<div id="status" class="banner banner-error" role="alert">{status.Message}</div>"""),
        _ => Html.Of($"""<div id="status" hidden></div>"""),
    };

    private static string Progress(IndexStatus status) => status.Total == 0
        ? "Scanning the corpus"
        : $"{status.Done:N0} of {status.Total:N0} files ({status.Percent}%)";
}
