namespace CorpusGenerator.Tests;

/// <summary>One generated corpus of 300 articles over the tiny source, shared by the tests that only read it.</summary>
public sealed class GeneratedCorpus : IDisposable
{
    public TinyCorpus Source { get; } = new();
    public string Output { get; }
    public GenerationSummary Summary { get; }
    public GeneratorOptions Options { get; }

    public GeneratedCorpus()
    {
        Output = Path.Combine(Path.GetTempPath(), "generated-" + Guid.NewGuid().ToString("N"));
        Options = Options300(Source.Root, Output);
        Summary = new Generator(SourceCorpus.Load(Source.Root), Options).Run();
    }

    /// <summary>Higher planting rates than the defaults so 300 articles hold enough of each kind to check.</summary>
    public static GeneratorOptions Options300(string source, string output, int threads = 2) => new()
    {
        Source = source, Output = output, Count = 300, Seed = 42, FolderSize = 100, Threads = threads,
        ExactRate = 0.05, NearRate = 0.12, RewriteRate = 0.08,
    };

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public List<string[]> Rows(string table) =>
        File.ReadAllLines(Path.Combine(Output, table)).Skip(1).Select(l => l.Split('\t')).ToList();

    public string[] Header(string table) => File.ReadLines(Path.Combine(Output, table)).First().Split('\t');

    public void Dispose()
    {
        Source.Dispose();
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}
