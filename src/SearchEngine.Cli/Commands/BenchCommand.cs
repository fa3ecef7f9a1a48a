using System.CommandLine;
using SearchEngine.Cli.Bench;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine bench queries &lt;file&gt;</c>: query latency and throughput over an index.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Queries, one per line as class<TAB>query ('#' lines ignored)" };
        var warmup = new Option<int>("--warmup") { Description = "Untimed passes first", DefaultValueFactory = _ => 2 };
        var passes = new Option<int>("--passes") { Description = "Timed passes", DefaultValueFactory = _ => 5 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var queries = new Command("queries", "Time full searches (top 10 with snippets, total, all facets)") { file, warmup, passes, index, json };
        queries.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var searcher = new ArticleSearcher(parse.GetRequiredValue(index));
            var figures = new QueryBenchmark(searcher).Run(QueryBenchmark.Load(parse.GetRequiredValue(file)),
                Math.Max(0, parse.GetValue(warmup)), Math.Max(1, parse.GetValue(passes)));
            if (parse.GetValue(json))
            {
                output.WriteLine(SearchJson.Serialize(figures));
                return Cli.Success;
            }

            var stats = searcher.GetStats();
            output.WriteLine($"{stats.Articles:N0} articles; {figures.Queries} queries × {figures.Passes} passes, one thread");
            output.WriteLine($"{"class",-10} {"queries",7} {"p50 ms",8} {"p95 ms",8} {"mean ms",8} {"max ms",8}");
            foreach (var c in figures.Classes)
                output.WriteLine($"{c.Class,-10} {c.Queries,7} {c.P50Ms,8:F2} {c.P95Ms,8:F2} {c.MeanMs,8:F2} {c.MaxMs,8:F2}");
            output.WriteLine($"{"overall",-10} {figures.Queries,7} {figures.P50Ms,8:F2} {figures.P95Ms,8:F2}");
            output.WriteLine($"queries/s  {figures.QueriesPerSecond:F0}");
            foreach (var error in figures.Errors) output.WriteLine($"error: {error}");
            return Cli.Success;
        });
        var folder = new Argument<string>("folder") { Description = "A folder of articles (read recursively, sidecar used)" };
        var extract = new Command("extract", "Time extraction alone over a folder, one thread") { folder };
        extract.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var listing = SearchEngine.Core.Ingest.CorpusScanner.Scan(parse.GetRequiredValue(folder));
            var reader = new SearchEngine.Core.Ingest.DocumentReader(listing.Sidecars, SearchEngine.Core.Ingest.IngestOptions.Default);
            var documents = listing.Files.Select(f => reader.Read(f).Document).OfType<SearchEngine.Core.Ingest.SourceDocument>().ToList();
            var extractor = new SearchEngine.Core.Extraction.ArticleExtractor();
            foreach (var document in documents.Take(200)) extractor.Extract(document);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            int articles = 0, persons = 0, quotes = 0;
            foreach (var document in documents)
                foreach (var article in extractor.Extract(document))
                    (articles, persons, quotes) = (articles + 1, persons + article.Persons.Count, quotes + article.Quotes.Count);
            clock.Stop();
            output.WriteLine($"{documents.Count:N0} files → {articles:N0} articles, {persons:N0} persons, {quotes:N0} quotes in {clock.Elapsed.TotalSeconds:F2} s");
            output.WriteLine($"{clock.Elapsed.TotalSeconds * 1000 / Math.Max(1, documents.Count):F2} s per thousand files, {documents.Count / clock.Elapsed.TotalSeconds:F0} files/s, one thread");
            return Cli.Success;
        });
        var dupIndex = CommonOptions.Index();
        var duplicates = new Command("duplicates", "Time matching every article of an index for duplicates again, as a first build does") { dupIndex };
        duplicates.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetRequiredValue(dupIndex);
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var report = new IndexBuilder(path).RematchDuplicates();
            clock.Stop();
            process.Refresh();
            output.WriteLine($"{report.Matched:N0} articles matched in {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, report.Matched):F0} µs per article); " +
                             $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MB");
            output.WriteLine($"  {report.Links:N0} links, {report.PassagePairs:N0} passage pairs, {report.Groups:N0} linked groups clustered");
            output.WriteLine($"  cpu {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F1} s, gc pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F1} s");
            return Cli.Success;
        });
        return new Command("bench", "Benchmarks") { queries, extract, duplicates };
    }
}
