using SearchEngine.Web.Hosting;
using SearchEngine.Web.Status;

namespace SearchEngine.Web.Rendering;

/// <summary>The page shell: head, top bar with the search form, the index status banner, and the main content.</summary>
public static class Layout
{
    // Indicator styles off: htmx would inject a <style> element, which the Content-Security-Policy forbids.
    private const string HtmxConfig = "{\"includeIndicatorStyles\":false,\"historyCacheSize\":20,\"scrollIntoViewOnBoost\":false}";

    public static Markup Page(string title, Markup searchForm, IndexStatus status, Markup main)
    {
        var html = new HtmlBuilder();
        html.Add($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <meta name="htmx-config" content="{HtmxConfig}">
            <link rel="stylesheet" href="/css/site.css">
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <script src="/lib/htmx.min.js" defer></script>
            <script src="/js/app.js" defer></script>
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <header class="topbar">
            <div class="topbar-inner">
            <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">§</span> SearchEngine <span class="brand-sub">news coverage</span></a>
            {searchForm}
            </div>
            <div class="busy-bar" id="busy" aria-hidden="true"></div>
            </header>
            {StatusBanner.Render(status)}
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="footer">
            <p>Query syntax: <code>words</code>, <code>"a phrase"</code>, <code>AND OR NOT</code>, <code>-exclude</code>, <code>prefix*</code>, fields such as <code>title:</code> <code>person:</code> <code>outlet:</code> <code>date:[2019-01-01 TO 2019-06-30]</code>. JSON: <a href="/api/search">/api/search</a>.</p>
            </footer>
            </body>
            </html>
            """);
        return html.ToMarkup();
    }

    /// <summary>
    /// The search form. With htmx it searches as you type and swaps only the results; without, it is a plain GET to
    /// <paramref name="action"/> (the coverage page sends it to itself).
    /// </summary>
    public static Markup SearchForm(string query, Markup hiddenState, bool live, string action = "/")
    {
        var htmx = live
            ? Html.Of($"""hx-get="/" hx-target="#results" hx-swap="innerHTML" hx-push-url="true" hx-indicator="#busy" hx-sync="this:replace" hx-trigger="submit, input changed delay:300ms from:#q, search from:#q" """)
            : Markup.Empty;
        return Html.Of($"""
            <form id="search-form" class="search-form" action="{action}" method="get" role="search" {htmx}>
            <label class="visually-hidden" for="q">Search news coverage</label>
            <input id="q" name="q" type="search" value="{query}" placeholder="Search articles, quotes, people…" autocomplete="off" spellcheck="false">
            {hiddenState}
            <button type="submit">Search</button>
            </form>
            """);
    }
}
