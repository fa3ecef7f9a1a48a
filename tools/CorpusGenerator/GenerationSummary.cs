namespace CorpusGenerator;

/// <summary>What a run wrote: counts of files and planted derivatives, bytes, and the Jaccard ranges achieved.</summary>
public sealed record GenerationSummary(
    int Files,
    long Bytes,
    int Exact,
    int Near,
    int Rewrite,
    int NearDemotedToExact,
    int Bylines,
    int Datelines,
    int Copyrights,
    double NearJaccardMin,
    double NearJaccardMean,
    double NearJaccardMax,
    double RewriteJaccardMean,
    double RewriteJaccardMax,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        $"files {Files:N0}, {Bytes / 1048576.0:N1} MB ({(Files == 0 ? 0 : Bytes / Files):N0} bytes/file), {Elapsed.TotalSeconds:N1} s " +
        $"({Files / Math.Max(0.001, Elapsed.TotalSeconds):N0} files/s, {Bytes / 1048576.0 / Math.Max(0.001, Elapsed.TotalSeconds):N1} MB/s)\n" +
        $"planted: exact {Exact:N0}, near {Near:N0} (5-shingle Jaccard {NearJaccardMin:F3}..{NearJaccardMax:F3}, mean {NearJaccardMean:F3}; " +
        $"{NearDemotedToExact:N0} too short to edit inside the band were written as exact copies), " +
        $"rewrite {Rewrite:N0} (Jaccard mean {RewriteJaccardMean:F3}, max {RewriteJaccardMax:F3})\n" +
        $"cues: bylines {Bylines:N0}, datelines {Datelines:N0}, copyright lines {Copyrights:N0}";
}
