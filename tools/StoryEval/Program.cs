using StoryEval;

// Measures the story level against hand-labelled stories (bench/stories/): copies the labelled articles and their
// metadata rows into a scratch corpus, indexes it with the engine, reads the story clusters back, and reports pairwise
// precision, recall and F1 beside the plain TF-IDF cosine baseline the issue compares with. --pairs lists the wrong
// and missed pairs with their titles, to read what went wrong; --grid the figures over a grid of thresholds. With
// --planted, the recall and precision of every level on a generated corpus's planted copies and rewrites instead.
if (args.Length < 2 || args.Contains("--help"))
{
    Console.Error.WriteLine("usage: StoryEval <corpus folder with metadata.tsv> <labels.tsv>... [--pairs] [--grid]\n       StoryEval --planted <generated corpus> <its index>");
    return 2;
}
if (args[0] == "--planted")
{
    PlantedPairs.Run(args[1], args[2]);
    return 0;
}
var corpus = args[0];
var labelFiles = args.Skip(1).Where(a => !a.StartsWith("--")).ToList();
var showPairs = args.Contains("--pairs");
var grid = args.Contains("--grid");

foreach (var labelFile in labelFiles)
{
    var labels = StoryLabels.Load(labelFile);
    using var scratch = ScratchCorpus.Create(corpus, labels.Files);
    var clusters = EngineStories.Cluster(scratch.CorpusPath, scratch.IndexPath);
    var engine = PairScore.Of(labels, clusters);
    var baseline = PairScore.Of(labels, CosineBaseline.Pairs(scratch.CorpusPath, labels.Files, 0.2));
    Console.WriteLine($"{Path.GetFileName(labelFile)}: {labels.Files.Count} articles, {labels.StoryCount} stories, {labels.PositivePairs} same-story pairs");
    Console.WriteLine($"  engine story clusters        {engine}");
    Console.WriteLine($"  plain TF-IDF cosine >= 0.2   {baseline}");
    if (showPairs) engine.PrintErrors(labels, scratch.Titles);
    if (grid) StoryGrid.Run(labels, scratch.IndexPath);
}
return 0;
