using CorpusGenerator;

return Cli.Run(args, Console.Out, Console.Error);
