using System.Globalization;
using System.Text;

namespace CorpusGenerator;

/// <summary>
/// Writes the corpus: numbered article files in folders of at most <see cref="GeneratorOptions.FolderSize"/>, the
/// metadata.tsv sidecar the indexer reads, ground-truth.tsv listing every planted derivative with its source, and
/// sources.tsv naming the real article each file was built on. Each article depends only on (seed, index), so batches
/// are generated in parallel and the output is byte-identical for a seed whatever the thread count.
/// </summary>
public sealed class Generator
{
    private const int BatchSize = 2048;
    private readonly GeneratorOptions _options;
    private readonly Composer _composer;
    private readonly NearDuplicateEditor _near;
    private readonly Rewriter _rewriter;

    public Generator(SourceCorpus corpus, GeneratorOptions options)
    {
        if (options.Count < 0) throw new ArgumentException("count must not be negative");
        if (options.FolderSize is < 1 or > 10_000) throw new ArgumentException("folder size must be between 1 and 10000");
        if (options.ExactRate + options.NearRate + options.RewriteRate > 0.9) throw new ArgumentException("planted rates add up to more than 0.9");
        if (!(options.NearMin > 0 && options.NearMin < options.NearMax && options.NearMax < 1)) throw new ArgumentException("near band must satisfy 0 < min < max < 1");
        _options = options;
        _composer = new Composer(corpus, options);
        _near = new NearDuplicateEditor(corpus, options.NearMin, options.NearMax);
        _rewriter = new Rewriter(corpus, options.RewriteMax);
    }

    public static string FileName(long index, int folderSize) =>
        $"{index / folderSize:D4}/{index:D7}.txt";

    /// <summary>The planned kind of file <paramref name="index"/> and, for a derivative, the original it copies.</summary>
    public (PlantKind Kind, long Source) Plan(long index)
    {
        var kind = RolledKind(index);
        if (kind == PlantKind.Original || index == 0) return (PlantKind.Original, -1);
        var rng = Rng.For(_options.Seed, index, 2);
        // A third of the copies cluster on one "hot" story of their neighbourhood, the rest pick a recent original.
        var anchor = rng.Chance(0.3)
            ? index - 1 - index % 97
            : index - 1 - (long)(-Math.Log(1.0 - rng.NextDouble()) * 400);
        for (var j = Math.Max(0, anchor); j >= 0; j--)
            if (j < index && RolledKind(j) == PlantKind.Original) return (kind, j);
        return (PlantKind.Original, -1);
    }

    private PlantKind RolledKind(long index)
    {
        if (index == 0) return PlantKind.Original;
        var u = Rng.For(_options.Seed, index, 0).NextDouble();
        if (u < _options.ExactRate) return PlantKind.Exact;
        if (u < _options.ExactRate + _options.NearRate) return PlantKind.Near;
        if (u < _options.ExactRate + _options.NearRate + _options.RewriteRate) return PlantKind.Rewrite;
        return PlantKind.Original;
    }

    private sealed record Produced(string File, byte[] Bytes, string MetadataRow, string SourceRow, string? TruthRow,
        PlantKind Kind, bool Demoted, double Jaccard, bool Byline, bool Dateline, bool Copyright);

    public GenerationSummary Run(TextWriter? progress = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var root = _options.Output;
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new IOException($"output folder is not empty: {root}");
        Directory.CreateDirectory(root);
        var utf8 = new UTF8Encoding(false);
        using var metadata = new StreamWriter(Path.Combine(root, "metadata.tsv"), false, utf8, 1 << 16);
        using var truth = new StreamWriter(Path.Combine(root, "ground-truth.tsv"), false, utf8, 1 << 16);
        using var sources = new StreamWriter(Path.Combine(root, "sources.tsv"), false, utf8, 1 << 16);
        metadata.NewLine = truth.NewLine = sources.NewLine = "\n";
        metadata.WriteLine("file\ttitle\toutlet\tdate\tauthor\turl");
        truth.WriteLine("kind\tfile\tsource\tjaccard\tedits");
        sources.WriteLine("file\tkind\tbase");

        long bytes = 0;
        int exact = 0, near = 0, rewrite = 0, demoted = 0, bylines = 0, datelines = 0, copyrights = 0;
        double nearMin = 1, nearMax = 0, nearSum = 0, rewriteSum = 0, rewriteMax = 0;
        var batch = new Produced[BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Threads) };
        var nextReport = 0L;
        for (long first = 0; first < _options.Count; first += BatchSize)
        {
            var n = (int)Math.Min(BatchSize, _options.Count - first);
            for (var folder = first / _options.FolderSize; folder <= (first + n - 1) / _options.FolderSize; folder++)
                Directory.CreateDirectory(Path.Combine(root, folder.ToString("D4", CultureInfo.InvariantCulture)));
            var batchStart = first;
            Parallel.For(0, n, parallel, k =>
            {
                var produced = Produce(batchStart + k);
                WriteNew(Path.Combine(root, produced.File), produced.Bytes);
                batch[k] = produced;
            });
            for (var k = 0; k < n; k++)
            {
                var p = batch[k];
                bytes += p.Bytes.Length;
                metadata.WriteLine(p.MetadataRow);
                sources.WriteLine(p.SourceRow);
                if (p.TruthRow is not null) truth.WriteLine(p.TruthRow);
                if (p.Byline) bylines++;
                if (p.Dateline) datelines++;
                if (p.Copyright) copyrights++;
                switch (p.Kind)
                {
                    case PlantKind.Exact: exact++; if (p.Demoted) demoted++; break;
                    case PlantKind.Near:
                        near++; nearSum += p.Jaccard;
                        nearMin = Math.Min(nearMin, p.Jaccard); nearMax = Math.Max(nearMax, p.Jaccard);
                        break;
                    case PlantKind.Rewrite:
                        rewrite++; rewriteSum += p.Jaccard; rewriteMax = Math.Max(rewriteMax, p.Jaccard);
                        break;
                }
                batch[k] = null!;
            }
            if (progress is not null && first + n >= nextReport)
            {
                progress.WriteLine($"{first + n:N0} / {_options.Count:N0} files, {bytes / 1048576.0:N0} MB, {started.Elapsed.TotalSeconds:N0} s");
                nextReport += 100_000;
            }
        }
        return new GenerationSummary(_options.Count, bytes, exact, near, rewrite, demoted, bylines, datelines, copyrights,
            near == 0 ? 0 : nearMin, near == 0 ? 0 : nearSum / near, nearMax,
            rewrite == 0 ? 0 : rewriteSum / rewrite, rewriteMax, started.Elapsed);
    }

    private Produced Produce(long index)
    {
        var file = FileName(index, _options.FolderSize);
        var (kind, sourceIndex) = Plan(index);
        if (kind == PlantKind.Original)
        {
            var article = _composer.Compose(index);
            return Finish(index, file, PlantKind.Original, article.Draft, article.Draft.Render(), article.Outlet, article.Date,
                article.Author, article.Base, null, false, 1.0);
        }

        var source = _composer.Compose(sourceIndex);
        var sourceFile = FileName(sourceIndex, _options.FolderSize);
        var sourceText = source.Draft.Render();
        var rng = Rng.For(_options.Seed, index, 3);
        var outlet = _composer.Outlets.PickOther(rng, source.Outlet);
        switch (kind)
        {
            case PlantKind.Near:
            {
                var shingles = Shingles.Of(sourceText);
                var edited = _near.Edit(source.Draft, shingles, source.Base, rng);
                if (edited is null) break;
                var date = _composer.LaterDate(source.Date, 2, rng);
                var author = edited.Draft.Byline ?? (rng.Chance(0.5) ? source.Author : "");
                var row = Truth("near", file, sourceFile, edited.Jaccard, edited.Edits);
                return Finish(index, file, PlantKind.Near, edited.Draft, edited.Draft.Render(), outlet, date, author, source.Base, row, false, edited.Jaccard);
            }
            case PlantKind.Rewrite:
            {
                var shingles = Shingles.Of(sourceText);
                var edited = _rewriter.Rewrite(source.Draft, shingles, source.Base, rng);
                var date = _composer.LaterDate(source.Date, 3, rng);
                if (rng.Chance(_options.CopyrightRate)) edited.Draft.Copyright = Composer.Copyright(outlet, date, rng);
                var author = edited.Draft.Byline ?? (rng.Chance(0.35) ? _composer.Corpus.Journalist(rng) : "");
                var text = edited.Draft.Render();
                var j = Shingles.Jaccard(Shingles.Of(text), shingles);
                var row = Truth("rewrite", file, sourceFile, j, edited.Edits);
                return Finish(index, file, PlantKind.Rewrite, edited.Draft, text, outlet, date, author, source.Base, row, false, j);
            }
        }

        // Exact copies, and near-duplicates of texts too short to edit inside the band.
        var demoted = kind == PlantKind.Near;
        var variant = "identical";
        var copyText = rng.Chance(0.35) ? WhitespaceVariant(sourceText, rng, out variant) : sourceText;
        var exactRow = Truth("exact", file, sourceFile, 1.0, demoted ? variant + ",demoted-from-near" : variant);
        return Finish(index, file, PlantKind.Exact, source.Draft, copyText, outlet, _composer.LaterDate(source.Date, 2, rng),
            source.Author, source.Base, exactRow, demoted, 1.0);
    }

    /// <summary>The same text as another system would store it: CRLF line ends, trailing blanks, or doubled blank lines.</summary>
    private static string WhitespaceVariant(string text, Rng rng, out string name)
    {
        switch (rng.Next(3))
        {
            case 0:
                name = "crlf";
                return text.Replace("\n", "\r\n");
            case 1:
                name = "trailing-spaces";
                return text.Replace("\n", " \n");
            default:
                name = "blank-lines";
                return text.Replace("\n\n", "\n\n\n") + "\n";
        }
    }

    private Produced Finish(long index, string file, PlantKind kind, Draft draft, string text, Outlet outlet, DateOnly date,
        string author, SourceArticle baseArticle, string? truthRow, bool demoted, double jaccard)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = $"https://{outlet.Domain}/{date:yyyy'/'MM'/'dd}/{Slug.Of(draft.Title, 8)}-{index}";
        var metadataRow = string.Join('\t', file, Tsv(draft.Title), Tsv(outlet.Name), day, Tsv(author), Tsv(url));
        var sourceRow = string.Join('\t', file, kind.ToString().ToLowerInvariant(), baseArticle.File);
        return new Produced(file, Utf8.GetBytes(text), metadataRow, sourceRow, truthRow, kind, demoted, jaccard,
            draft.Byline is not null, draft.Dateline is not null, draft.Copyright is not null);
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    // File.WriteAllBytes preallocates and locks; neither is needed for a fresh file, and at a million files the
    // extra system calls cost more than generating the text.
    private static void WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static string Truth(string kind, string file, string source, double jaccard, string edits) =>
        string.Join('\t', kind, file, source, jaccard.ToString("F4", CultureInfo.InvariantCulture), edits);

    private static string Tsv(string value) =>
        value.IndexOfAny(['\t', '\n', '\r']) < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
