using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// Brings an index up to date with a corpus folder. Unchanged files (same size, time and metadata) are not even read;
/// changed files are re-extracted and replaced; files gone from the folder are removed. Reading and extraction run in
/// parallel; one writer commits in batches, so a killed run keeps every batch it committed and the next run does the rest.
/// A file that turns bad after it was indexed keeps its last good version in the index (and is reported).
/// </summary>
public sealed class IndexBuilder(string indexDirectory, IngestOptions? options = null, ArticleExtractor? extractor = null)
{
    private const int BatchSize = 512;
    private static readonly TimeSpan MaxBatchAge = TimeSpan.FromSeconds(2);
    private readonly IngestOptions _options = options ?? IngestOptions.Default;
    private readonly ArticleExtractor _extractor = extractor ?? new ArticleExtractor();
    private readonly FingerprintBuilder _fingerprints = new();

    public IndexReport Run(string corpusRoot, IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var listing = CorpusScanner.Scan(corpusRoot);
        using var writer = new IndexWriter(indexDirectory);
        var known = writer.LoadFiles();

        var work = new List<(SourceFile File, string Signature)>();
        var unchangedFiles = 0;
        var unchangedArticles = 0;
        foreach (var file in listing.Files)
        {
            var signature = Signature(listing.Sidecars.Lookup(file.RelativePath));
            if (known.TryGetValue(file.RelativePath, out var indexed) && indexed.Signature == signature
                && indexed.Size == file.Size && indexed.LastWriteTicks == file.LastWriteTicks)
            {
                unchangedFiles++;
                unchangedArticles += indexed.ArticleCount;
            }
            else work.Add((file, signature));
        }

        var listed = listing.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var gone = known.Keys.Where(path => !listed.Contains(path)).ToList();

        var skipped = new List<SkippedFile>(listing.Skipped);
        var encodingNotes = new List<SkippedFile>();
        var warnings = new List<SkippedFile>();
        int added = 0, updated = 0, removed = 0, done = 0;
        long bytes = 0;

        if (work.Count > 0 || gone.Count > 0)
            MarkDerivedStale(writer);

        writer.Begin();
        foreach (var path in gone)
        {
            removed += known[path].ArticleCount;
            writer.RemoveFile(path);
        }

        var batchClock = Stopwatch.StartNew();
        var pending = 0;
        foreach (var item in ReadAndExtract(listing.Sidecars, work, cancellation))
        {
            done++;
            progress?.Report(new IndexProgress(done, work.Count, item.File.RelativePath));
            if (item.Skipped is not null)
            {
                var keeps = known.ContainsKey(item.File.RelativePath) ? "; the previously indexed version is kept" : "";
                skipped.Add(item.Skipped with { Reason = item.Skipped.Reason + keeps });
                if (known.TryGetValue(item.File.RelativePath, out var old)) unchangedArticles += old.ArticleCount;
                continue;
            }

            var document = item.Document!;
            bytes += item.File.Size;
            if (document.EncodingNote is not null) encodingNotes.Add(new SkippedFile(document.RelativePath, document.EncodingNote));
            warnings.AddRange(item.Articles!.SelectMany(a => a.Warnings.Select(w => new SkippedFile(a.SourcePath, w))));

            if (known.TryGetValue(item.File.RelativePath, out var previous) && previous.ContentHash == document.ContentHash
                && previous.Signature == item.Signature)
            {
                writer.TouchFile(item.File);
                unchangedFiles++;
                unchangedArticles += previous.ArticleCount;
            }
            else
            {
                var before = previous is null ? [] : writer.ArticleIdsOf(item.File.RelativePath);
                writer.PutFile(item.File, document, item.Signature, item.Analyzed!, replacing: previous is not null);
                var after = item.Articles!.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                updated += after.Count(before.Contains);
                added += after.Count(id => !before.Contains(id));
                removed += before.Count(id => !after.Contains(id));
            }

            if (++pending >= BatchSize || batchClock.Elapsed > MaxBatchAge)
            {
                writer.Commit();
                writer.Begin();
                pending = 0;
                batchClock.Restart();
            }
        }
        writer.Commit();
        var phases = new List<IndexPhase> { new("articles", clock.Elapsed) };

        if (writer.GetMeta("derived_stale") == "1")
            RefreshDerived(writer, optimize: work.Count > 1000, phases);

        return new IndexReport
        {
            FilesSeen = listing.Files.Count,
            FilesUnchanged = unchangedFiles,
            ArticlesAdded = added,
            ArticlesUpdated = updated,
            ArticlesRemoved = removed,
            ArticlesUnchanged = unchangedArticles,
            BytesRead = bytes,
            Elapsed = clock.Elapsed,
            Skipped = skipped,
            EncodingNotes = encodingNotes,
            Warnings = warnings,
            Phases = phases,
        };
    }

    /// <summary>
    /// Derived tables (the person catalogue) are rebuilt after the articles change. The flag is committed before any
    /// article changes, so a run killed half-way leaves it set and the next run rebuilds them.
    /// </summary>
    private static void MarkDerivedStale(IndexWriter writer)
    {
        writer.Begin();
        writer.SetMeta("derived_stale", "1");
        writer.Commit();
    }

    private static void RefreshDerived(IndexWriter writer, bool optimize, List<IndexPhase> phases)
    {
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add(new IndexPhase(name, clock.Elapsed));
            clock.Restart();
        }

        writer.Begin();
        writer.RefreshPersons(PersonCatalog.Resolve);
        Phase("persons");
        if (optimize)
        {
            writer.MergeAllPostings();
            Phase("postings merge");
        }
        // Duplicates are matched afresh from the stored fingerprints: the work per article is bounded (see
        // DuplicateIndex), so this is linear in the number of articles, and a run killed at any point leaves nothing
        // half-matched.
        using var fingerprints = writer.Fingerprints();
        var duplicates = DuplicateIndex.LoadInOrder(fingerprints.InAddOrder(), shingles: fingerprints.ShinglesOf);
        Phase("duplicate matching");
        writer.RefreshDuplicates(duplicates);
        writer.SetMeta("derived_stale", "0");
        writer.Commit();
        Phase("duplicate tables");
        if (optimize)
        {
            writer.Optimize();
            Phase("optimize");
        }
        writer.Checkpoint();
    }

    /// <summary>What besides the bytes decides a file's articles: the sidecar row and the extractor's version.</summary>
    private static string Signature(SourceMetadata sidecar)
    {
        var text = $"{ArticleExtractor.Version}\u001f{sidecar.Title}\u001f{sidecar.Outlet}\u001f{sidecar.Date}\u001f{sidecar.Author}\u001f{sidecar.Url}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
    }

    private sealed record Extracted(SourceFile File, string Signature, SourceDocument? Document,
        IReadOnlyList<AnalyzedArticle>? Analyzed, SkippedFile? Skipped)
    {
        public IEnumerable<Article>? Articles => Analyzed?.Select(a => a.Article);
    }

    /// <summary>Reads and extracts on worker threads, handing results to the caller (the single writer) in any order.</summary>
    private IEnumerable<Extracted> ReadAndExtract(SidecarMetadata sidecars, List<(SourceFile File, string Signature)> work, CancellationToken cancellation)
    {
        if (work.Count == 0) yield break;
        var reader = new DocumentReader(sidecars, _options);
        var channel = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(512) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(work, new ParallelOptions
                {
                    CancellationToken = cancellation,
                    MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount),
                }, async (item, token) =>
                {
                    await channel.Writer.WriteAsync(Process(reader, item.File, item.Signature), token);
                });
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, cancellation);

        foreach (var item in channel.Reader.ReadAllAsync(cancellation).ToBlockingEnumerable(cancellation))
            yield return item;
        producer.GetAwaiter().GetResult();
    }

    private Extracted Process(DocumentReader reader, SourceFile file, string signature)
    {
        var (document, skipped) = reader.Read(file);
        if (document is null) return new Extracted(file, signature, null, null, skipped);
        try
        {
            var articles = _extractor.Extract(document)
                .Select(a => new AnalyzedArticle(a, TermVector.Of(a), _fingerprints.Build(a))).ToList();
            return new Extracted(file, signature, document, articles, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An extractor bug on one file must not cost the rest of the run.
            return new Extracted(file, signature, null, null, new SkippedFile(file.RelativePath, $"extraction failed: {ex.Message}"));
        }
    }
}
