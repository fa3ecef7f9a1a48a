using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Search;

/// <summary>
/// The stable JSON shapes printed by the CLI (<c>--json</c>) and served by the web API. README documents them;
/// external tools read them, so fields are only ever added, never renamed.
/// </summary>
public static class SearchJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same shapes without indentation: for the HTTP API, where a third of an indented answer is spaces.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    public static object Result(SearchResult result) => new
    {
        query = result.Request.Query,
        total = result.Total,
        stories = result.Stories,
        rows = result.Rows,
        page = result.Request.Page,
        pageSize = result.Request.PageSize,
        pageCount = result.PageCount,
        sort = result.Request.Sort.ToString().ToLowerInvariant(),
        error = result.Error,
        warnings = result.Warnings,
        elapsedMs = Math.Round(result.Elapsed.TotalMilliseconds, 2),
        hits = result.Hits.Select(h => new
        {
            id = h.Id,
            sourcePath = h.SourcePath,
            title = h.Title,
            titleHtml = h.TitleHtml,
            snippetHtml = h.SnippetHtml,
            outlet = h.Outlet,
            date = h.Date?.ToString("yyyy-MM-dd"),
            author = h.Author,
            score = Math.Round(h.Score, 4),
            quotes = h.Quotes.Select(q => new { textHtml = q.TextHtml, speaker = q.Speaker }),
            more = h.More.Select(Summary),
        }),
        facets = result.Facets.ToDictionary(f => f.Name, f => new
        {
            distinct = f.Distinct,
            values = f.Values.Select(v => new { value = v.Value, count = v.Count, selected = v.Selected }),
        }),
        dates = new
        {
            granularity = result.Dates.Granularity,
            undated = result.Dates.Undated,
            buckets = result.Dates.Buckets.Select(b => new
            {
                from = b.From.ToString("yyyy-MM-dd"), to = b.To.ToString("yyyy-MM-dd"), label = b.Label, count = b.Count,
            }),
        },
    };

    public static object Article(Article article) => new
    {
        id = article.Id,
        sourcePath = article.SourcePath,
        ordinal = article.Ordinal,
        title = article.Title,
        outlet = article.Outlet,
        section = article.Section,
        citedOutlets = article.CitedOutlets,
        date = article.Date?.ToString("yyyy-MM-dd"),
        author = article.Author,
        url = article.Url,
        contentHash = article.ContentHash,
        persons = article.Persons.Select(p => new
        {
            name = p.Name,
            key = p.Key,
            aliases = p.Aliases,
            mentions = p.Mentions.Select(m => new { text = m.Text, start = m.Start, end = m.End }),
        }),
        quotes = article.Quotes.Select(q => new { text = q.Text, speaker = q.Speaker, start = q.Start, end = q.End }),
        warnings = article.Warnings,
        text = article.Text,
    };

    public static object Summary(ArticleSummary a) => new { id = a.Id, sourcePath = a.SourcePath, title = a.Title, outlet = a.Outlet, date = a.Date?.ToString("yyyy-MM-dd") };

    public static object Cluster(CoverageCluster c) => new
    {
        level = c.Level.ToString().ToLowerInvariant(),
        size = c.Members.Count,
        matched = c.Matched,
        outlets = c.Outlets,
        firstPublished = c.FirstPublished?.ToString("yyyy-MM-dd"),
        origin = c.Origin.Id,
        members = c.Members.Select(m => new
        {
            id = m.Article.Id, sourcePath = m.Article.SourcePath, title = m.Article.Title, outlet = m.Article.Outlet,
            date = m.Article.Date?.ToString("yyyy-MM-dd"), similarity = Math.Round(m.Similarity, 4),
        }),
    };

    public static object Duplicates(ArticleDuplicates d) => new
    {
        related = d.Related.Select(r => new
        {
            id = r.Article.Id, sourcePath = r.Article.SourcePath, title = r.Article.Title, outlet = r.Article.Outlet, date = r.Article.Date?.ToString("yyyy-MM-dd"),
            level = r.Level.ToString().ToLowerInvariant(), similarity = Math.Round(r.Similarity, 4),
        }),
        clusters = d.Clusters.Values.Select(Cluster),
        passages = d.Passages.Select(p => new
        {
            other = Summary(p.Other), start = p.Span.Start, end = p.Span.End,
            otherStart = p.OtherSpan.Start, otherEnd = p.OtherSpan.End, words = p.Words,
        }),
    };

    /// <summary>Why two articles look like one story (<see cref="Duplicates.StoryExplainer"/>): <c>a</c> is the first, spans are character offsets into each text.</summary>
    public static object Comparison(Article a, Article b, Duplicates.StoryEvidence e) => new
    {
        a = Summary(new ArticleSummary(a.Id, a.Title, a.Outlet, a.Date, a.SourcePath)),
        b = Summary(new ArticleSummary(b.Id, b.Title, b.Outlet, b.Date, b.SourcePath)),
        persons = new { total = e.Persons.Total, items = e.Persons.Items.Select(p => new { key = p.Key, name = p.Name, mentionsA = p.MentionsA, mentionsB = p.MentionsB }) },
        quotes = new { total = e.Quotes.Total, items = e.Quotes.Items.Select(q => new { text = q.Text, speaker = q.Speaker, words = q.Words }) },
        numbers = new { total = e.Numbers.Total, items = e.Numbers.Items },
        names = new { total = e.Names.Total, items = e.Names.Items },
        passages = e.Passages.Select(p => new { start = p.A.Start, end = p.A.End, otherStart = p.B.Start, otherEnd = p.B.End, words = p.Words }),
        passageWords = e.PassageWords,
        titleSimilarity = Math.Round(e.TitleSimilarity, 4),
        titleWords = e.TitleWords,
        daysApart = e.DaysApart,
        datesFarApart = e.DatesFarApart,
        against = new
        {
            total = e.Against.Total,
            items = e.Against.Items.Select(x => new { side = x.Side.ToString().ToLowerInvariant(), kind = x.Kind.ToString().ToLowerInvariant(), text = x.Text, mentions = x.Mentions }),
        },
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);

    public static byte[] SerializeCompact(object value) => JsonSerializer.SerializeToUtf8Bytes(value, CompactOptions);
}
