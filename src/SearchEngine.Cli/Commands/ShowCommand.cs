using System.CommandLine;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine show &lt;id&gt;</c>: one stored article with everything extracted from it.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Article id (as search prints it)" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one article") { id, index, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var article = new ArticleSearcher(parse.GetRequiredValue(index)).GetArticle(parse.GetRequiredValue(id));
            if (article is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"searchengine: no article with id '{parse.GetValue(id)}'");
                return Cli.Failure;
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(SearchJson.Serialize(SearchJson.Article(article)));
                return Cli.Success;
            }

            output.WriteLine(article.Title);
            output.WriteLine(new string('=', Math.Min(80, article.Title.Length)));
            output.WriteLine($"id:      {article.Id}");
            output.WriteLine($"file:    {article.SourcePath}{(article.Ordinal > 0 ? $" (excerpt {article.Ordinal})" : "")}");
            output.WriteLine($"outlet:  {article.Outlet ?? "unknown"}");
            if (article.CitedOutlets.Count > 0) output.WriteLine($"cites:   {string.Join(", ", article.CitedOutlets)}");
            output.WriteLine($"date:    {article.Date?.ToString("yyyy-MM-dd") ?? "unknown"}");
            output.WriteLine($"author:  {article.Author ?? "unknown"}");
            if (article.Persons.Count > 0) output.WriteLine($"persons: {string.Join(", ", article.Persons.Select(p => p.Name))}");
            foreach (var quote in article.Quotes)
                output.WriteLine($"quote:   “{quote.Text}”{(quote.Speaker is null ? "" : " — " + quote.Speaker)}");
            output.WriteLine();
            output.WriteLine(article.Text);
            return Cli.Success;
        });
        return command;
    }
}
