using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

// Brute-force ground truth for the near-duplicate level: every pair of files whose bodies (line 1 is the title) have
// word 5-shingle Jaccard >= threshold, computed by comparing all pairs, then the recall and precision against it of
// the engine's near level (MinHash, LSH band keys in the index, exact verification). Empty bodies are never compared.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: DuplicatePairs <folder> [--list]\n       DuplicatePairs --document-frequencies <out.tsv> <folder>...");
    return 2;
}
if (args[0] == "--document-frequencies" && args.Length >= 3) return DuplicatePairs.FrequencyTable.Run(args[1], args[2..]);
var folder = args[0];
var threshold = new DuplicateOptions().NearThreshold;
var list = args.Contains("--list");

var clock = Stopwatch.StartNew();
var paths = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
var decoder = new UTF8Encoding(false, false);
var docs = paths.AsParallel().AsOrdered().Select(path =>
{
    var bytes = File.ReadAllBytes(path);
    var text = decoder.GetString(bytes);
    var newline = text.IndexOf('\n');
    var body = newline < 0 ? text : text[(newline + 1)..];
    // Like the engine, which compares Article.Text, pairs are judged on the body: line 1 is the title.
    var tokens = TextNormalizer.Tokenize(body);
    return new Doc(Path.GetRelativePath(folder, path), body, tokens.Count, Convert.ToHexString(SHA256.HashData(bytes)),
        TextNormalizer.ExactHash(body), Shingles.Hashes64(tokens));
}).ToArray();
Console.WriteLine($"{docs.Length} files read and shingled in {clock.ElapsedMilliseconds} ms");

// Exact groups.
PrintGroups("byte-identical", docs.GroupBy(d => d.Sha256));
PrintGroups("same body (title line ignored, whitespace/case/punctuation folded)", docs.GroupBy(d => d.BodyHash.ToString()));

// Brute force: all pairs, pruned only by the size bound J(A,B) <= min/max, which loses no pair.
clock.Restart();
var bySize = Enumerable.Range(0, docs.Length).OrderBy(i => docs[i].Shingles64.Length).ToArray();
var truth = new System.Collections.Concurrent.ConcurrentDictionary<(int, int), double>();
long compared = 0;
Parallel.For(0, bySize.Length, x =>
{
    var a = docs[bySize[x]];
    long local = 0;
    for (var y = x + 1; y < bySize.Length; y++)
    {
        var b = docs[bySize[y]];
        if (a.Shingles64.Length < threshold * b.Shingles64.Length) break;
        local++;
        var j = Shingles.Jaccard<ulong>(a.Shingles64, b.Shingles64);
        if (j >= threshold) truth[Key(bySize[x], bySize[y])] = j;
    }
    Interlocked.Add(ref compared, local);
});
Console.WriteLine($"brute force: {compared:N0} pairs compared (of {(long)docs.Length * (docs.Length - 1) / 2:N0}) in {clock.ElapsedMilliseconds} ms; {truth.Count} pairs with Jaccard >= {threshold}");
var histogram = truth.Values.GroupBy(j => Math.Min(0.95, Math.Floor(j * 20) / 20)).OrderBy(g => g.Key);
Console.WriteLine("  Jaccard histogram: " + string.Join(", ", histogram.Select(g => $"[{g.Key:0.00}..): {g.Count()}")));

// The near-duplicate level as the engine runs it: the folder indexed into a scratch index, whose duplicate refresh
// finds candidates by LSH band keys in the index and keeps those whose exact Jaccard of 32-bit shingle sets reaches
// the threshold; then every article's exact and near links read back.
clock.Restart();
var scratch = Directory.CreateTempSubdirectory("duplicate-pairs-").FullName;
try
{
    new IndexBuilder(scratch).Run(folder);
    Console.WriteLine($"engine: indexed in {clock.ElapsedMilliseconds} ms");
    using var searcher = new ArticleSearcher(scratch);
    var byPath = docs.Select((d, i) => (d.Path, i)).ToDictionary(x => x.Path, x => x.i);
    // Source paths are stored relative to the corpus folder, as the brute force lists them.
    int? PositionOf(string id) => searcher.GetArticle(id) is { } article && byPath.TryGetValue(article.SourcePath, out var i) ? i : null;
    var exactClusters = searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Exact, int.MaxValue);
    var nearClusters = searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Near, int.MaxValue);
    var storyClusters = searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Story, int.MaxValue);
    Console.WriteLine($"  clusters: exact {exactClusters.Count}, near {nearClusters.Count}, story {storyClusters.Count}");
    var found = new Dictionary<(int, int), double>();
    foreach (var cluster in nearClusters)
        foreach (var member in cluster.Members)
        {
            if (PositionOf(member.Article.Id) is not { } a) continue;
            foreach (var match in searcher.GetDuplicates(member.Article.Id).Related)
                // Files with an empty body are never compared by the brute force; the engine takes a title-only
                // wire as its text, so identical one-line wires are exact copies to it: left out here to compare like with like.
                if (match.Level is DuplicateLevel.Exact or DuplicateLevel.Near && PositionOf(match.Article.Id) is { } b
                    && docs[a].Words > 0 && docs[b].Words > 0)
                    found[Key(a, b)] = match.Similarity;
        }
    Console.WriteLine($"near level: {found.Count} pairs reported");
    // Every byte-identical or same-body group must be one exact cluster of the engine.
    var groupsFound = 0;
    var groups = docs.Select((d, i) => (d, i)).Where(x => x.d.Words > 0).GroupBy(x => x.d.BodyHash).Where(g => g.Count() > 1).ToList();
    var emptyBodies = docs.Count(d => d.Words == 0);
    var exactOf = exactClusters.SelectMany(c => c.Members.Select(m => (PositionOf(m.Article.Id), c))).Where(x => x.Item1 is not null).ToDictionary(x => x.Item1!.Value, x => x.c);
    foreach (var group in groups)
    {
        var cluster = exactOf.GetValueOrDefault(group.First().i);
        if (cluster is not null && group.All(x => exactOf.GetValueOrDefault(x.i) == cluster)) groupsFound++;
        else Console.WriteLine("  group not in one exact cluster: " + string.Join(" = ", group.Select(x => x.d.Path)));
    }
    Console.WriteLine($"byte-identical and same-body groups found as one exact cluster: {groupsFound}/{groups.Count} ({emptyBodies} files with an empty body left out)");
    var hits = found.Keys.Count(truth.ContainsKey);
    var recall = truth.Count == 0 ? 1.0 : (double)hits / truth.Count;
    var precision = found.Count == 0 ? 1.0 : (double)hits / found.Count;
    Console.WriteLine($"recall {recall:P2} ({hits}/{truth.Count}), precision {precision:P2} ({hits}/{found.Count})");
    foreach (var missed in truth.Keys.Where(k => !found.ContainsKey(k)).Take(20))
        Console.WriteLine($"  missed {docs[missed.Item1].Path} ~ {docs[missed.Item2].Path} J={truth[missed]:0.000}");
    foreach (var wrong in found.Keys.Where(k => !truth.ContainsKey(k)).Take(20))
        Console.WriteLine($"  extra  {docs[wrong.Item1].Path} ~ {docs[wrong.Item2].Path} J={found[wrong]:0.000}");
    if (list)
        foreach (var (pair, j) in truth.OrderByDescending(p => p.Value))
            Console.WriteLine($"  pair {docs[pair.Item1].Path} ~ {docs[pair.Item2].Path} J={j:0.000}");
    return recall >= 0.99 && precision >= 0.99 && groupsFound == groups.Count ? 0 : 1;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);

void PrintGroups(string label, IEnumerable<IGrouping<string, Doc>> groups)
{
    var multi = groups.Where(g => g.Count() > 1).OrderBy(g => g.First().Path, StringComparer.Ordinal).ToList();
    Console.WriteLine($"{label}: {multi.Count} groups, {multi.Sum(g => g.Count())} files");
    foreach (var g in multi) Console.WriteLine("  " + string.Join(" = ", g.Select(d => d.Path)));
}

internal sealed record Doc(string Path, string Text, int Words, string Sha256, ulong BodyHash, ulong[] Shingles64);
