return SearchEngine.Cli.Cli.Run(SearchEngine.Cli.Cli.CreateRoot(), args);
