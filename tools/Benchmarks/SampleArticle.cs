using System.Reflection;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The benchmark input: one realistic ~4.4 KB, 720-word news report (headline, byline, date, quotes, names with and
/// without diacritics, numbers with separators), embedded in this assembly so that results do not depend on which
/// corpora are on the machine. <see cref="NearCopy"/> is the syndicated-copy case the near-duplicate level exists for.
/// </summary>
public static class SampleArticle
{
    private const string ResourceName = "SearchEngine.Benchmarks.article.txt";

    private static readonly Lazy<string> TextValue = new(Load);
    private static readonly Lazy<string> NearCopyValue = new(() => MakeNearCopy(Text));

    /// <summary>The whole file as a reader would decode it (LF line ends).</summary>
    public static string Text => TextValue.Value;

    /// <summary>
    /// The same report as another outlet might run it: new headline, a few words changed, one paragraph cut.
    /// Its 5-shingle Jaccard with <see cref="Text"/> is high but below 1, so set comparisons do real merging work.
    /// </summary>
    public static string NearCopy => NearCopyValue.Value;

    /// <summary>The decoded document the extractor receives.</summary>
    public static SourceDocument Document(string text) =>
        new("bench/port-expansion.txt", text, "0000000000000000000000000000000000000000000000000000000000000000", SourceMetadata.Empty);

    /// <summary>The extracted article (persons, quotes, title) that fingerprints and term vectors are built from.</summary>
    public static Article Extracted(string text) => new ArticleExtractor().Extract(Document(text)).Single();

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    private static string MakeNearCopy(string text)
    {
        var lines = text.Split('\n').ToList();
        lines[0] = "Eastgate terminal expansion wins approval";
        lines.RemoveAll(line => line.StartsWith("Environmental groups have also criticised", StringComparison.Ordinal));
        var copy = string.Join('\n', lines);
        copy = Replace(copy, "on Tuesday approved", "approved on Tuesday");
        copy = Replace(copy, "roughly 60%", "about 60%");
        copy = Replace(copy, "Economists were more cautious.", "Economists were less enthusiastic.");
        if (copy.Length >= text.Length - 300)
            throw new InvalidOperationException("the near copy lost no paragraph: the sample article changed");
        return copy;
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal)
            ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"'{from}' is not in the sample article");
}
