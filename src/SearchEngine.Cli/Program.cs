using System.CommandLine;
using SearchEngine.Cli.Commands;

var root = new RootCommand("searchengine: index and search a folder of news articles")
{
    IndexCommand.Create(),
    SearchCommand.Create(),
    ShowCommand.Create(),
    StatsCommand.Create(),
};

return SearchEngine.Cli.Cli.Run(root, args);
