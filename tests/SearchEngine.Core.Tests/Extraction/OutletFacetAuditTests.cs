using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Extraction;

/// <summary>
/// The outlet facet over the shared corpora, as the indexer would store it (each folder listed with its sidecars and read
/// and extracted as a run does): its largest values must all be in the hand-reviewed list, and none of them junk.
/// </summary>
public sealed class OutletFacetAuditTests(ITestOutputHelper output)
{
    private static readonly string[] Folders = ["seeds", "bbc", "reuters21578", "allsides-sample"];
    private const int Audited = 100;

    [Fact]
    public void The_hundred_largest_outlet_values_are_reviewed_publishers()
    {
        var corpus = SharedCorpus.Find();
        if (corpus is null || Folders.Any(f => !Directory.Exists(Path.Combine(corpus, f))))
            VisibleSkip.Because($"../shared/corpus (with {string.Join(", ", Folders)}) is not present beside the checkout; this audit needs it.");

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var folder in Folders)
            foreach (var outlet in Outlets(Path.Combine(corpus!, folder)))
                counts[outlet] = counts.GetValueOrDefault(outlet) + 1;
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(Audited).ToList();

        var problems = FacetReviewList.Load("outlets-reviewed.tsv", "outlet").Problems(top.Select(t => (t.Key, t.Value)), output.WriteLine);
        output.WriteLine($"{counts.Count} values in all; below the audited ones: " + string.Join("; ",
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Skip(Audited).Select(c => $"{c.Key} ({c.Value})")));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The outlet of every article of a corpus folder, read with its sidecars and folders' publishers as <c>IndexBuilder</c> reads it.</summary>
    private static List<string> Outlets(string folder)
    {
        var listing = CorpusScanner.Scan(folder);
        var reader = new DocumentReader(listing, IngestOptions.Default);
        var extractor = new ArticleExtractor();
        return listing.Files.AsParallel()
            .SelectMany(file => reader.Read(file).Document is { } document ? extractor.Extract(document) : [])
            .Select(article => article.Outlet)
            .OfType<string>()
            .ToList();
    }
}
