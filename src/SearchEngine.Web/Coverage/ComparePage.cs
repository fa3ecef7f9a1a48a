using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Coverage;

/// <summary>Two articles side by side, the passages they share highlighted in both, under the evidence that they tell one story.</summary>
public static class ComparePage
{
    public static string Render(Article a, Article b, IndexStatus status)
    {
        var evidence = StoryExplainer.Explain(a, b);
        var shared = evidence.Passages;
        var html = new HtmlBuilder();
        html.Add($"""<section class="compare" aria-labelledby="compare-h"><p class="back"><a href="/articles/{a.Id}" class="back-link">← {a.Title}</a></p>""");
        html.Add($"""<h1 id="compare-h">Compare</h1><p class="muted">{shared.Count} shared passage{(shared.Count == 1 ? "" : "s")}, {evidence.PassageWords} words in all, highlighted in both.</p>""");
        html.Add(EvidencePanel.Render(a, b, evidence));
        html.Add($"""<div class="compare-columns">""");
        html.Add(Column(a, shared.Select(p => p.A).ToList()));
        html.Add(Column(b, shared.Select(p => p.B).ToList()));
        html.Add($"""</div></section>""");
        return Layout.Page($"Compare — SearchEngine", Layout.SearchForm("", Markup.Empty, live: false), status, html.ToMarkup()).Value;
    }

    private static Markup Column(Article article, IReadOnlyList<TextSpan> spans)
    {
        var html = new HtmlBuilder();
        html.Add($"""<article class="compare-column"><h2><a href="/articles/{article.Id}">{article.Title}</a></h2>""");
        html.Add($"""<p class="muted small">{DuplicatesSection.Outlet(new ArticleSummary(article.Id, article.Title, article.Outlet, article.Date))}</p>""");
        html.Add($"""<div class="compare-text">""");
        var position = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < position) continue;
            html.Add($"""{article.Text[position..span.Start]}<mark class="shared">{article.Text[span.Start..span.End]}</mark>""");
            position = span.End;
        }
        html.Add($"""{article.Text[position..]}</div></article>""");
        return html.ToMarkup();
    }
}
