using System.CommandLine;

namespace SearchEngine.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary>The index folder: <c>--index</c>, else <c>SEARCHENGINE_INDEX</c>, else <c>./index</c>.</summary>
    public static Option<string> Index() => new("--index")
    {
        Description = "Folder holding the index (default: $SEARCHENGINE_INDEX or ./index)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SEARCHENGINE_INDEX") is { Length: > 0 } env ? env : "index",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (the shapes README documents)" };
}
