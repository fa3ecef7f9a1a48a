using System.CommandLine;
using System.Net;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine search "&lt;query&gt;"</c>: ranked hits with highlighted snippets, the total and facet counts.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query (Lucene-style syntax; empty browses everything)", DefaultValueFactory = _ => "" };
        var limit = new Option<int>("--limit", "-n") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Page number (1-based)", DefaultValueFactory = _ => 1 };
        var sort = new Option<SortOrder>("--sort") { Description = "relevance, newest or oldest", DefaultValueFactory = _ => SortOrder.Relevance };
        var outlet = new Option<string[]>("--outlet") { Description = "Only these outlets (repeat for several: OR)", AllowMultipleArgumentsPerToken = false };
        var person = new Option<string[]>("--person") { Description = "Only articles naming these persons (OR)" };
        var cites = new Option<string[]>("--cites") { Description = "Only articles citing these outlets (OR)" };
        var from = new Option<DateOnly?>("--from") { Description = "Dated on or after (yyyy-mm-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "Dated on or before (yyyy-mm-dd)" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("search", "Search the index") { query, limit, page, sort, outlet, person, cites, from, to, index, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var searcher = new ArticleSearcher(parse.GetRequiredValue(index));
            var result = searcher.Search(new SearchRequest
            {
                Query = parse.GetValue(query) ?? "",
                PageSize = parse.GetValue(limit),
                Page = parse.GetValue(page),
                Sort = parse.GetValue(sort),
                Outlets = parse.GetValue(outlet) ?? [],
                Persons = parse.GetValue(person) ?? [],
                CitedOutlets = parse.GetValue(cites) ?? [],
                From = parse.GetValue(from),
                To = parse.GetValue(to),
            });
            if (parse.GetValue(json)) output.WriteLine(SearchJson.Serialize(SearchJson.Result(result)));
            else Print(output, result);
            if (result.Error is null) return Cli.Success;
            parse.InvocationConfiguration.Error.WriteLine($"searchengine: {result.Error}");
            return Cli.UsageError;
        });
        return command;
    }

    private static void Print(TextWriter output, SearchResult result)
    {
        if (result.Error is not null) return;
        output.WriteLine($"{result.Total:N0} articles match ({result.Elapsed.TotalMilliseconds:N1} ms); page {result.Request.Page} of {Math.Max(1, result.PageCount)}");
        var rank = (result.Request.Page - 1) * result.Request.PageSize;
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{++rank}. {Terminal(hit.TitleHtml)}");
            var meta = new[] { hit.Outlet, hit.Date?.ToString("yyyy-MM-dd"), hit.Author is null ? null : "by " + hit.Author }.OfType<string>();
            output.WriteLine($"   {string.Join(" · ", meta.Prepend(hit.Id))}");
            output.WriteLine($"   {Terminal(hit.SnippetHtml)}");
            foreach (var quote in hit.Quotes)
                output.WriteLine($"   “{Terminal(quote.TextHtml)}”{(quote.Speaker is null ? "" : " — " + quote.Speaker)}");
        }

        foreach (var facet in result.Facets.Where(f => f.Values.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{facet.Name} ({facet.Distinct:N0} values):");
            foreach (var value in facet.Values) output.WriteLine($"  {value.Count,7:N0}  {value.Value}");
        }

        if (result.Dates.Buckets.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"date (by {result.Dates.Granularity}):");
            foreach (var bucket in result.Dates.Buckets.Where(b => b.Count > 0).TakeLast(24))
                output.WriteLine($"  {bucket.Count,7:N0}  {bucket.Label}");
            if (result.Dates.Undated > 0) output.WriteLine($"  {result.Dates.Undated,7:N0}  (undated)");
        }
    }

    /// <summary>Highlighted HTML as terminal text: marks become bold yellow on a terminal, *asterisks* when redirected.</summary>
    private static string Terminal(string html)
    {
        var (open, close) = Console.IsOutputRedirected ? ("*", "*") : ("\u001b[1;33m", "\u001b[0m");
        return WebUtility.HtmlDecode(html.Replace("<mark>", "\u0001").Replace("</mark>", "\u0002"))
            .Replace("\u0001", open).Replace("\u0002", close);
    }
}
