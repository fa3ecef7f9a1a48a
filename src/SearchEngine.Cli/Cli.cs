using System.CommandLine;
using SearchEngine.Cli.Commands;
using SearchEngine.Core.Index;

namespace SearchEngine.Cli;

/// <summary>Runs a command line with the tool's exit codes: 0 success, 1 failure, 2 usage error.</summary>
internal static class Cli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static RootCommand CreateRoot() => new("searchengine: index and search a folder of news articles")
    {
        IndexCommand.Create(),
        SearchCommand.Create(),
        ShowCommand.Create(),
        StatsCommand.Create(),
        ExtractCommand.Create(),
        DuplicatesCommand.Create(),
        BenchCommand.Create(),
    };

    public static int Run(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var result = root.Parse(args);
        var err = error ?? Console.Error;
        if (result.Errors.Count > 0)
        {
            foreach (var problem in result.Errors) err.WriteLine($"searchengine: {problem.Message}");
            err.WriteLine("Try 'searchengine --help'.");
            return UsageError;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output ?? Console.Out, Error = err, EnableDefaultExceptionHandler = false });
        }
        catch (IndexNotFoundException ex)
        {
            err.WriteLine($"searchengine: {ex.Message}");
            return Failure;
        }
        catch (DirectoryNotFoundException ex)
        {
            err.WriteLine($"searchengine: {ex.Message}");
            return Failure;
        }
    }
}
