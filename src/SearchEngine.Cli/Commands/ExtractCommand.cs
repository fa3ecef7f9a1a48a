using System.CommandLine;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine extract &lt;file&gt;</c>: what the indexer would store for one file, without indexing it.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A .txt or .md news file (a sidecar table beside it, and the nearest publisher.txt above it, are used)" };
        var json = CommonOptions.Json();
        var command = new Command("extract", "Show what extraction finds in one file") { file, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = Path.GetFullPath(parse.GetRequiredValue(file));
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"searchengine: file not found: {parse.GetValue(file)}");
                return Cli.Failure;
            }

            var folder = Path.GetDirectoryName(path)!;
            var problems = new List<SkippedFile>();
            var sidecars = SidecarMetadata.Load(folder,
                Directory.EnumerateFiles(folder).Where(f => SidecarMetadata.IsSidecarName(Path.GetFileName(f))), problems);
            var info = new FileInfo(path);
            var publishers = FolderPublishers.Nearest(folder, problems);
            var (document, skipped) = new DocumentReader(sidecars, IngestOptions.Default, publishers)
                .Read(new SourceFile(info.Name, path, info.Length, info.LastWriteTimeUtc.Ticks));
            if (document is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"searchengine: {info.Name}: {skipped!.Reason}");
                return Cli.Failure;
            }

            var articles = new ArticleExtractor().Extract(document);
            if (parse.GetValue(json))
            {
                output.WriteLine(SearchJson.Serialize(new
                {
                    file = info.Name,
                    encoding = document.EncodingNote,
                    isDigest = articles.Count > 1 || articles.Any(a => a.Ordinal > 0),
                    articles = articles.Select(SearchJson.Article),
                }));
                return Cli.Success;
            }

            foreach (var article in articles) Print(output, article);
            return Cli.Success;
        });
        return command;
    }

    private static void Print(TextWriter output, Article article)
    {
        output.WriteLine($"{(article.Ordinal > 0 ? $"[{article.Ordinal}] " : "")}{article.Title}");
        output.WriteLine($"  id:       {article.Id}");
        output.WriteLine($"  outlet:   {article.Outlet ?? "unknown"}");
        if (article.CitedOutlets.Count > 0) output.WriteLine($"  cites:    {string.Join(", ", article.CitedOutlets)}");
        output.WriteLine($"  date:     {article.Date?.ToString("yyyy-MM-dd") ?? "unknown"}");
        output.WriteLine($"  author:   {article.Author ?? "unknown"}");
        foreach (var person in article.Persons)
            output.WriteLine($"  person:   {person.Name}{(person.Aliases.Count > 0 ? $" (also {string.Join(", ", person.Aliases)})" : "")} ×{person.Mentions.Count}");
        foreach (var quote in article.Quotes)
            output.WriteLine($"  quote:    “{Shorten(quote.Text)}” — {quote.Speaker ?? "(unattributed)"}");
        foreach (var warning in article.Warnings) output.WriteLine($"  warning:  {warning}");
        output.WriteLine();
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
