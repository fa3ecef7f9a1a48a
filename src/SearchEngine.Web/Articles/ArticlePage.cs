using System.Globalization;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Articles;

/// <summary>
/// One article: metadata, persons (each a link to that person's facet), quotes with speakers, the full text, and for
/// a digest excerpt the file it came from and its sibling excerpts.
/// </summary>
public static class ArticlePage
{
    public static string Render(Article article, IReadOnlyList<ArticleSummary> siblings, ArticleDuplicates duplicates, IndexStatus status,
        IReadOnlyDictionary<string, StoryEvidence>? evidence = null)
    {
        var html = new HtmlBuilder();
        html.Add($"""<article class="article" aria-labelledby="article-title">""");
        html.Add($"""<p class="back"><a href="/" class="back-link">← Search</a></p>""");
        html.Add($"""<h1 id="article-title">{article.Title}</h1>""");
        html.Add(Metadata(article));
        html.Add($"""<div class="article-columns"><div class="article-text">""");
        foreach (var paragraph in article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Add($"""<p>{paragraph}</p>""");
        html.Add($"""</div><aside class="article-side">""");
        html.Add(Persons(article));
        html.Add(Quotes(article));
        html.Add(Digest(article, siblings));
        html.Add(Coverage.DuplicatesSection.Render(article.Id, duplicates, evidence));
        html.Add($"""</aside></div></article>""");
        var form = Layout.SearchForm("", Markup.Empty, live: false);
        return Layout.Page($"{article.Title} — SearchEngine", form, status, html.ToMarkup()).Value;
    }

    public static string NotFound(string id, IndexStatus status)
    {
        var main = Html.Of($"""
            <section class="not-found">
            <h1>No such article</h1>
            <p>There is no article with the id <code>{id}</code> in the index.</p>
            <p><a href="/">Back to search</a></p>
            </section>
            """);
        return Layout.Page("Article not found — SearchEngine", Layout.SearchForm("", Markup.Empty, live: false), status, main).Value;
    }

    private static Markup Metadata(Article article)
    {
        var html = new HtmlBuilder();
        html.Add($"""<dl class="article-meta">""");
        if (article.Outlet is not null)
            html.Add($"""<div><dt>Outlet</dt><dd><a href="{Facet(FacetNames.Outlet, article.Outlet)}">{article.Outlet}</a></dd></div>""");
        if (article.Section is not null) html.Add($"""<div><dt>Section</dt><dd>{article.Section}</dd></div>""");
        if (article.Date is { } date)
            html.Add($"""<div><dt>Date</dt><dd><time datetime="{SearchState.Iso(date)}">{date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time></dd></div>""");
        if (article.Author is not null) html.Add($"""<div><dt>Author</dt><dd>{article.Author}</dd></div>""");
        if (article.CitedOutlets.Count > 0)
        {
            html.Add($"""<div><dt>Cites</dt><dd>""");
            for (var i = 0; i < article.CitedOutlets.Count; i++)
                html.Add($"""{(i > 0 ? ", " : "")}<a href="{Facet(FacetNames.Cites, article.CitedOutlets[i])}">{article.CitedOutlets[i]}</a>""");
            html.Add($"""</dd></div>""");
        }
        if (IsWebAddress(article.Url))
            html.Add($"""<div><dt>Original</dt><dd><a href="{article.Url}" rel="noopener noreferrer nofollow" class="url">{article.Url}</a></dd></div>""");
        html.Add($"""<div><dt>Source file</dt><dd><code>{article.SourcePath}</code>{(article.Ordinal > 0 ? $" · excerpt {article.Ordinal}" : "")}</dd></div>""");
        html.Add($"""<div><dt>Id</dt><dd><code>{article.Id}</code> · <a href="/api/articles/{article.Id}">JSON</a></dd></div>""");
        html.Add($"""</dl>""");
        return html.ToMarkup();
    }

    private static Markup Persons(Article article)
    {
        if (article.Persons.Count == 0) return Markup.Empty;
        var html = new HtmlBuilder();
        html.Add($"""<section class="side-section"><h2>Persons</h2><ul class="person-list">""");
        foreach (var person in article.Persons.OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            html.Add($"""<li><a href="{Facet(FacetNames.Person, person.Name)}">{person.Name}</a> <span class="muted small">{person.Mentions.Count.ToString(CultureInfo.InvariantCulture)}×</span></li>""");
        html.Add($"""</ul></section>""");
        return html.ToMarkup();
    }

    private static Markup Quotes(Article article)
    {
        if (article.Quotes.Count == 0) return Markup.Empty;
        var html = new HtmlBuilder();
        html.Add($"""<section class="side-section"><h2>Quotes</h2><ul class="quote-list">""");
        foreach (var quote in article.Quotes)
            html.Add($"""<li><blockquote>{quote.Text}</blockquote><p class="speaker">{(quote.Speaker is null ? "unattributed" : "— " + quote.Speaker)}</p></li>""");
        html.Add($"""</ul></section>""");
        return html.ToMarkup();
    }

    /// <summary>A digest excerpt names the file it came from and lists the other excerpts of that file.</summary>
    private static Markup Digest(Article article, IReadOnlyList<ArticleSummary> siblings)
    {
        if (article.Ordinal == 0 || siblings.Count == 0) return Markup.Empty;
        var html = new HtmlBuilder();
        html.Add($"""<section class="side-section"><h2>From the digest</h2><p class="small"><code>{article.SourcePath}</code>, {siblings.Count.ToString(CultureInfo.InvariantCulture)} excerpts</p><ol class="sibling-list">""");
        foreach (var sibling in siblings)
        {
            var meta = string.Join(" · ", new[] { sibling.Outlet, sibling.Date is { } d ? SearchState.Iso(d) : null }.OfType<string>());
            html.Add(sibling.Id == article.Id
                ? Html.Of($"""<li aria-current="page"><strong>{sibling.Title}</strong> <span class="muted small">{meta}</span></li>""")
                : Html.Of($"""<li><a href="/articles/{sibling.Id}">{sibling.Title}</a> <span class="muted small">{meta}</span></li>"""));
        }
        html.Add($"""</ol></section>""");
        return html.ToMarkup();
    }

    private static string Facet(string facet, string value) => new SearchState().Toggle(facet, value).Url();

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
