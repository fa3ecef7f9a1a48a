using System.Diagnostics;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class ExtractionSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Allsides_sample_extracts_in_a_few_seconds_per_thousand_articles()
    {
        var corpus = ExtractionTestPaths.SharedCorpus();
        var folder = corpus is null ? null : Path.Combine(corpus, "allsides-sample", "txt");
        if (folder is null || !Directory.Exists(folder)) Assert.Skip("shared/corpus/allsides-sample not found");

        var documents = Directory.GetFiles(folder!, "*.txt")
            .Select(f => new SourceDocument(Path.GetFileName(f), File.ReadAllText(f).Replace("\r\n", "\n"), "h", SourceMetadata.Empty))
            .ToList();
        var extractor = new ArticleExtractor();
        extractor.Extract(documents[0]);

        var clock = Stopwatch.StartNew();
        var articles = 0;
        var persons = 0;
        var quotes = 0;
        foreach (var document in documents)
        {
            foreach (var article in extractor.Extract(document))
            {
                articles++;
                persons += article.Persons.Count;
                quotes += article.Quotes.Count;
            }
        }
        clock.Stop();

        var perThousand = clock.Elapsed.TotalSeconds * 1000 / documents.Count;
        output.WriteLine($"{documents.Count} files, {articles} articles, {persons} persons, {quotes} quotes in {clock.Elapsed.TotalSeconds:F2} s " +
                         $"({documents.Count / clock.Elapsed.TotalSeconds:F0} files/s, {perThousand:F2} s per thousand, single thread)");
        Assert.True(perThousand < 3.0, $"{perThousand:F2} s per thousand articles");
    }
}
