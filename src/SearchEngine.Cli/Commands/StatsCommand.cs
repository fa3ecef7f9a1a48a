using System.CommandLine;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine stats</c>: what the index holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show what the index holds") { index, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var stats = new ArticleSearcher(parse.GetRequiredValue(index)).GetStats();
            if (parse.GetValue(json))
            {
                output.WriteLine(SearchJson.Serialize(new
                {
                    articles = stats.Articles, files = stats.Files, outlets = stats.Outlets, persons = stats.Persons,
                    citedOutlets = stats.CitedOutlets, firstDate = stats.FirstDate?.ToString("yyyy-MM-dd"),
                    lastDate = stats.LastDate?.ToString("yyyy-MM-dd"), indexBytes = stats.IndexBytes, generation = stats.Generation,
                    clusters = new { exact = stats.ExactClusters, near = stats.NearClusters, story = stats.StoryClusters },
                }));
                return Cli.Success;
            }

            output.WriteLine($"articles       {stats.Articles,12:N0}");
            output.WriteLine($"files          {stats.Files,12:N0}");
            output.WriteLine($"outlets        {stats.Outlets,12:N0}");
            output.WriteLine($"persons        {stats.Persons,12:N0}");
            output.WriteLine($"cited outlets  {stats.CitedOutlets,12:N0}");
            output.WriteLine($"dates          {stats.FirstDate?.ToString("yyyy-MM-dd") ?? "-"} to {stats.LastDate?.ToString("yyyy-MM-dd") ?? "-"}");
            output.WriteLine($"clusters       {stats.ExactClusters:N0} exact, {stats.NearClusters:N0} near, {stats.StoryClusters:N0} story");
            output.WriteLine($"index size     {stats.IndexBytes / 1024.0 / 1024.0,12:N1} MB");
            return Cli.Success;
        });
        return command;
    }
}
