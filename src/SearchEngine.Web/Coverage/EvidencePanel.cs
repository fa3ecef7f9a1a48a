using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Coverage;

/// <summary>
/// The compare page's "Why these look like one story": what both articles name, quote, count and print, how close
/// their titles and dates are, and what argues against their being one story, worded for a reader who must decide
/// whether to trust the match. The first article is the left column.
/// </summary>
public static class EvidencePanel
{
    public static Markup Render(Article left, Article right, StoryEvidence evidence)
    {
        var html = new HtmlBuilder();
        html.Add($"""<section class="evidence" aria-labelledby="evidence-h"><h2 id="evidence-h">Why these look like one story</h2>""");
        var reasons = For(evidence);
        if (reasons.Count == 0)
            html.Add($"""<p class="muted">They have little in common: no shared people, quotes, numbers, names or passages.</p>""");
        if (When(evidence) is { } when) reasons.Add(when);
        if (reasons.Count > 0)
        {
            html.Add($"""<ul class="evidence-list evidence-for">""");
            foreach (var reason in reasons) html.Add($"""<li>{reason}</li>""");
            html.Add($"""</ul>""");
        }

        var against = Against(evidence);
        html.Add($"""<h3>Against</h3>""");
        if (against.Count == 0)
            html.Add($"""<p class="muted small">Nothing: no person or number that one stresses is missing from the other{(evidence.DaysApart is null ? "" : ", and the dates are close")}.</p>""");
        else
        {
            html.Add($"""<ul class="evidence-list evidence-against">""");
            foreach (var reason in against) html.Add($"""<li>{reason}</li>""");
            html.Add($"""</ul>""");
        }
        html.Add($"""<p class="muted small"><a href="/api/compare?a={left.Id}&amp;b={right.Id}">JSON</a></p></section>""");
        return html.ToMarkup();
    }

    private static List<Markup> For(StoryEvidence evidence)
    {
        var reasons = new List<Markup>();
        if (evidence.Persons.Total == 1)
            reasons.Add(Html.Of($"""Both name {evidence.Persons.Items[0].Name}"""));
        else if (evidence.Persons.Total > 1)
            reasons.Add(Html.Of($"""Both name {Words.Count(evidence.Persons.Total, "person", "people")}: {EvidenceWords.List([.. evidence.Persons.Items.Select(p => p.Name)], evidence.Persons.Total)}"""));
        foreach (var quote in evidence.Quotes.Items)
            reasons.Add(quote.Speaker is { } speaker
                ? Html.Of($"""Both quote {speaker}: <span class="evidence-quote">{EvidenceWords.Quoted(quote.Text)}</span>""")
                : Html.Of($"""Both carry the quote <span class="evidence-quote">{EvidenceWords.Quoted(quote.Text)}</span>"""));
        if (evidence.Quotes.Total > evidence.Quotes.Items.Count)
            reasons.Add(Html.Of($"""and {Words.Count(evidence.Quotes.Total - evidence.Quotes.Items.Count, "more shared quote")}"""));
        if (evidence.Numbers.Total > 0)
            reasons.Add(Html.Of($"""Numbers in both: {EvidenceWords.List(evidence.Numbers.Items, evidence.Numbers.Total)}"""));
        if (evidence.Names.Total > 0)
            reasons.Add(Html.Of($"""Other names in both: {EvidenceWords.List(evidence.Names.Items, evidence.Names.Total)}"""));
        if (evidence.Passages.Count > 0)
            reasons.Add(Html.Of($"""{Words.Count(evidence.Passages.Count, "copied passage")}, {Words.Count(evidence.PassageWords, "word")} in all, highlighted below"""));
        if (evidence.TitleWords.Count > 0)
            reasons.Add(Html.Of($"""The titles share {Words.Count(evidence.TitleWords.Count, "word")}: {EvidenceWords.List(evidence.TitleWords)} ({evidence.TitleSimilarity:P0} of their words)"""));
        return reasons;
    }

    /// <summary>How close the dates are, when that speaks for the match or cannot be known; dates far apart are evidence against.</summary>
    private static Markup? When(StoryEvidence evidence) => evidence.DaysApart switch
    {
        null => Html.Of($"""<span class="muted">Undated: the dates cannot be compared</span>"""),
        { } days when !evidence.DatesFarApart => Html.Of($"""Published {EvidenceWords.Apart(days)}"""),
        _ => null,
    };

    private static List<Markup> Against(StoryEvidence evidence)
    {
        var against = new List<Markup>();
        if (evidence.DatesFarApart && evidence.DaysApart is { } days)
            against.Add(Html.Of($"""Published {EvidenceWords.Apart(days)}: further apart than one story usually runs"""));
        foreach (var item in evidence.Against.Items)
        {
            var side = item.Side == EvidenceSide.A ? "left" : "right";
            var mentions = item.Mentions > 1 ? $" ({Words.Count(item.Mentions, "mention")})" : "";
            against.Add(item.Kind == EvidenceKind.Person
                ? Html.Of($"""Only the {side} one names {item.Text}{mentions}""")
                : Html.Of($"""Only the {side} one gives the number {item.Text}{mentions}"""));
        }
        if (evidence.Against.Total > evidence.Against.Items.Count)
            against.Add(Html.Of($"""and {Words.Count(evidence.Against.Total - evidence.Against.Items.Count, "more", "more")}"""));
        return against;
    }
}
