namespace CorpusGenerator;

/// <summary>What to generate. Rates are fractions of all generated files.</summary>
public sealed record GeneratorOptions
{
    public required string Source { get; init; }
    public required string Output { get; init; }
    public int Count { get; init; } = 10_000;
    public long Seed { get; init; } = 42;
    public double ExactRate { get; init; } = 0.03;
    public double NearRate { get; init; } = 0.05;
    public double RewriteRate { get; init; } = 0.03;
    public double BylineRate { get; init; } = 0.30;
    public double DatelineRate { get; init; } = 0.20;
    public double CopyrightRate { get; init; } = 0.15;
    public double NearMin { get; init; } = 0.80;
    public double NearMax { get; init; } = 0.95;
    public double RewriteMax { get; init; } = 0.25;
    public int FolderSize { get; init; } = 10_000;
    public int Threads { get; init; } = Environment.ProcessorCount;
}
