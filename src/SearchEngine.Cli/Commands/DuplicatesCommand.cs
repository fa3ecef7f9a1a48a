using System.CommandLine;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine duplicates</c>: the clusters of one duplicate level, or the copied passages.</summary>
internal static class DuplicatesCommand
{
    public static Command Create()
    {
        var level = new Option<DuplicateLevel>("--level") { Description = "exact, near, story or passage", DefaultValueFactory = _ => DuplicateLevel.Near };
        var query = new Option<string>("--query") { Description = "Only clusters touching articles that match this search", DefaultValueFactory = _ => "" };
        var limit = new Option<int>("--limit") { Description = "At most this many clusters", DefaultValueFactory = _ => 100 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("duplicates", "List clusters of copies, near-copies, rewrites, or copied passages") { level, query, limit, index, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var searcher = new ArticleSearcher(parse.GetRequiredValue(index));
            var chosen = parse.GetValue(level);
            if (chosen == DuplicateLevel.Passage)
                return Passages(searcher, output, parse.GetValue(json), Math.Max(1, parse.GetValue(limit)));

            var parsed = SearchEngine.Core.Search.Query.QueryTextParser.Parse(parse.GetValue(query) ?? "");
            if (!parsed.Succeeded)
            {
                parse.InvocationConfiguration.Error.WriteLine($"searchengine: {parsed.Error!.Message}");
                return Cli.UsageError;
            }
            var clusters = searcher.GetCoverage(new SearchRequest { Query = parse.GetValue(query) ?? "" }, chosen, Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                output.WriteLine(SearchJson.Serialize(new { level = chosen.ToString().ToLowerInvariant(), clusters = clusters.Select(SearchJson.Cluster) }));
                return Cli.Success;
            }

            output.WriteLine($"{clusters.Count:N0} {chosen.ToString().ToLowerInvariant()} clusters");
            foreach (var cluster in clusters)
            {
                output.WriteLine();
                output.WriteLine($"{cluster.Members.Count} articles from {cluster.Outlets.Count} named outlet(s); first published {cluster.FirstPublished?.ToString("yyyy-MM-dd") ?? "undated"}");
                foreach (var member in cluster.Members)
                    output.WriteLine($"  {member.Similarity,5:F2}  {member.Article.Id}  {member.Article.Date?.ToString("yyyy-MM-dd") ?? "undated   "}  {member.Article.Outlet ?? "unknown"}: {member.Article.Title}");
            }
            return Cli.Success;
        });
        return command;
    }

    private static int Passages(ArticleSearcher searcher, TextWriter output, bool json, int limit)
    {
        var passages = searcher.GetCopiedPassages(limit);
        if (json)
        {
            output.WriteLine(SearchJson.Serialize(new
            {
                level = "passage",
                passages = passages.Select(x => new
                {
                    article = SearchJson.Summary(x.Article), other = SearchJson.Summary(x.Passage.Other),
                    start = x.Passage.Span.Start, end = x.Passage.Span.End,
                    otherStart = x.Passage.OtherSpan.Start, otherEnd = x.Passage.OtherSpan.End, words = x.Passage.Words,
                }),
            }));
            return Cli.Success;
        }

        output.WriteLine($"{passages.Count:N0} copied passages");
        foreach (var (article, passage) in passages)
            output.WriteLine($"  {passage.Words,4} words  {article.Id} [{passage.Span.Start}..{passage.Span.End})  ~  {passage.Other.Id} [{passage.OtherSpan.Start}..{passage.OtherSpan.End})  {article.Outlet ?? "unknown"} / {passage.Other.Outlet ?? "unknown"}");
        return Cli.Success;
    }
}
