using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Brings an index up to date with a corpus folder. Unchanged files (same size, time and metadata) are not even read;
/// changed files are re-extracted and replaced; files gone from the folder are removed. Reading, extraction and Lucene's
/// analysis run in parallel on worker threads, each file's documents replaced as one group; the run commits every few
/// seconds, so a killed run keeps every commit and the next run does the rest. A file that turns bad after it was
/// indexed keeps its last good version in the index (and is reported).
/// </summary>
/// <param name="indexDirectory">The index folder (created when missing).</param>
/// <param name="options">Limits on what is read.</param>
/// <param name="extractor">Article extraction; the default rules unless given.</param>
/// <param name="duplicates">Duplicate thresholds; the tuned defaults unless a test or tool asks for others (the keys an
/// article is filed under always use the defaults' bands and feature counts).</param>
public sealed class IndexBuilder(string indexDirectory, IngestOptions? options = null, ArticleExtractor? extractor = null, DuplicateOptions? duplicates = null)
{
    private const int MergeAfterFiles = 1000;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(10);
    private readonly IngestOptions _options = options ?? IngestOptions.Default;
    private readonly ArticleExtractor _extractor = extractor ?? new ArticleExtractor();
    private readonly FingerprintBuilder _fingerprints = new();

    /// <summary>
    /// A run commits after this many files (or every 10 seconds, whichever comes first); a killed run keeps every
    /// commit, and the next run does the rest.
    /// </summary>
    public int CommitEveryFiles { get; init; } = 8192;

    private DuplicateScorer Scorer => duplicates is null ? DuplicateScorer.Default : new DuplicateScorer(duplicates);

    /// <summary>
    /// Matches every article for duplicates again, as a first build does, and rewrites the derived duplicate documents:
    /// what <c>searchengine bench duplicates</c> times. The articles themselves are not touched.
    /// </summary>
    public DuplicateRefreshReport RematchDuplicates()
    {
        if (!IndexStorage.HasCurrentIndex(indexDirectory)) throw new IndexNotFoundException(indexDirectory);
        using var writer = new ArticleIndexWriter(indexDirectory);
        var upTo = writer.PeekSequence();
        DuplicateRefreshReport report;
        using (var reader = writer.OpenReader()) report = DuplicateRefresh.Run(writer, reader, staleFrom: 0, scorer: Scorer);
        writer.SetMeta(ArticleSchema.DuplicatesFromKey, upTo.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.SetMeta(ArticleSchema.DuplicatesMatchedAllKey, report.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.Commit();
        return report;
    }

    /// <summary>
    /// The run that left this index unfinished, or null when the index is complete (or missing, or of an older
    /// build). Running the indexer again over the same folder finishes it.
    /// </summary>
    public static InterruptedRun? FindInterruptedRun(string indexDirectory)
    {
        if (!IndexStorage.HasCurrentIndex(indexDirectory)) return null;
        using var directory = IndexStorage.Open(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        var data = reader.IndexCommit.UserData;
        if (data.TryGetValue(S.DerivedStaleKey, out var stale) && stale == "0") return null;
        var articles = new IndexSearcher(reader).Search(new TermQuery(new Term(S.Kind, S.ArticleKind)), 1).TotalHits;
        return new InterruptedRun(data.TryGetValue(S.CorpusRootKey, out var root) ? root : null, articles);
    }

    public IndexReport Run(string corpusRoot, IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var listing = CorpusScanner.Scan(corpusRoot);
        using var writer = new ArticleIndexWriter(indexDirectory);
        var known = writer.LoadFiles();
        // A run stopped before its end leaves the flag set (below); a fresh index has no flag and nothing to finish.
        var finishesInterrupted = writer.GetMeta(S.DerivedStaleKey) == "1";

        var work = new List<(SourceFile File, string Signature, bool Known)>();
        var unchangedFiles = 0;
        var unchangedArticles = 0;
        foreach (var file in listing.Files)
        {
            var signature = Signature(listing.MetadataFor(file.RelativePath));
            if (known.TryGetValue(file.RelativePath, out var indexed) && indexed.Signature == signature
                && indexed.Size == file.Size && indexed.LastWriteTicks == file.LastWriteTicks)
            {
                unchangedFiles++;
                unchangedArticles += indexed.ArticleCount;
            }
            else work.Add((file, signature, indexed is not null));
        }

        var listed = listing.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var gone = known.Keys.Where(path => !listed.Contains(path)).ToList();

        var skipped = new List<SkippedFile>(listing.Skipped);
        var encodingNotes = new List<SkippedFile>();
        var warnings = new List<SkippedFile>();
        int added = 0, updated = 0, removed = 0, done = 0;
        long bytes = 0;

        if (work.Count > 0 || gone.Count > 0)
        {
            // Committed before any article changes: a run killed half-way leaves it set, and the next run rebuilds
            // the derived documents (person catalogue, duplicate clusters) even if it finds nothing else to do.
            writer.SetMeta(S.DerivedStaleKey, "1");
            writer.SetMeta(S.CorpusRootKey, Path.GetFullPath(corpusRoot));
            writer.Commit();
        }

        foreach (var path in gone)
        {
            removed += known[path].ArticleCount;
            writer.RemoveFile(path);
        }

        var commitClock = Stopwatch.StartNew();
        var sinceCommit = 0;
        foreach (var item in ReadAndExtract(writer, listing, work, cancellation))
        {
            // The channel hands over what the workers buffered without looking at the token: a stop is seen here.
            cancellation.ThrowIfCancellationRequested();
            done++;
            progress?.Report(new IndexProgress(done, work.Count, item.File.RelativePath));
            known.TryGetValue(item.File.RelativePath, out var previous);
            if (item.Skipped is not null)
            {
                var keeps = previous is not null ? "; the previously indexed version is kept" : "";
                skipped.Add(item.Skipped with { Reason = item.Skipped.Reason + keeps });
                if (previous is not null) unchangedArticles += previous.ArticleCount;
                continue;
            }

            var document = item.Document!;
            bytes += item.File.Size;
            if (document.EncodingNote is not null) encodingNotes.Add(new SkippedFile(document.RelativePath, document.EncodingNote));
            warnings.AddRange(item.Articles.SelectMany(a => a.Warnings.Select(w => new SkippedFile(a.SourcePath, w))));

            if (previous is not null && previous.ContentHash == document.ContentHash && previous.Signature == item.Signature)
            {
                unchangedFiles++;
                unchangedArticles += previous.ArticleCount;
            }
            else
            {
                var before = previous?.ArticleIds.ToHashSet(StringComparer.Ordinal) ?? [];
                var after = item.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                updated += after.Count(before.Contains);
                added += after.Count(id => !before.Contains(id));
                removed += before.Count(id => !after.Contains(id));
            }

            if (++sinceCommit >= CommitEveryFiles || commitClock.Elapsed > CommitEvery)
            {
                writer.Commit();
                sinceCommit = 0;
                commitClock.Restart();
            }
        }
        writer.Commit();
        var phases = new List<IndexPhase> { new("articles", clock.Elapsed) };

        cancellation.ThrowIfCancellationRequested();
        if (work.Count > MergeAfterFiles)
        {
            // A search visits every segment for every term (a dozen after a 29k-file run): one segment halves the
            // time to match (p50 2.35 → 1.78 ms on the 29k corpus) for 4.5 s of merging. Merged before the duplicate
            // refresh, whose key lookups also visit every segment; its own few documents stay a small second segment.
            var mergeClock = Stopwatch.StartNew();
            progress?.Report(new IndexProgress(done, work.Count, null, BuildStage.MergingSegments));
            writer.MergeSegments(1);
            writer.Commit();
            phases.Add(new IndexPhase("merge segments", mergeClock.Elapsed));
        }
        cancellation.ThrowIfCancellationRequested();
        if (writer.GetMeta(S.DerivedStaleKey) != "0")
            DerivedDataRefresh.Run(writer, phases, Scorer, stage => progress?.Report(new IndexProgress(done, work.Count, null, stage)));

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
            RebuiltOutdated = writer.RebuiltOutdated,
            FinishedInterrupted = finishesInterrupted,
        };
    }

    /// <summary>What besides the bytes decides a file's articles: the sidecar row, the folder's publisher and the extractor's version.</summary>
    private static string Signature(SourceMetadata sidecar)
    {
        var text = $"{ArticleExtractor.Version}\u001f{S.Version}\u001f{sidecar.Title}\u001f{sidecar.Outlet}\u001f{sidecar.Date}\u001f{sidecar.Author}\u001f{sidecar.Url}";
        // appended only when set, so the signatures of files with no folder publisher stay what they were
        if (sidecar.FolderOutlet is not null) text += $"\u001f{sidecar.FolderOutlet}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
    }

    private sealed record Extracted(SourceFile File, string Signature, SourceDocument? Document,
        IReadOnlyList<Article> Articles, SkippedFile? Skipped);

    /// <summary>
    /// Reads, extracts and writes on worker threads (Lucene analyses documents on the thread that adds them), handing
    /// what happened to the caller in any order.
    /// </summary>
    private IEnumerable<Extracted> ReadAndExtract(ArticleIndexWriter writer, CorpusListing listing,
        List<(SourceFile File, string Signature, bool Known)> work, CancellationToken cancellation)
    {
        if (work.Count == 0) yield break;
        var reader = new DocumentReader(listing, _options);
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
                    await channel.Writer.WriteAsync(Process(writer, reader, item.File, item.Signature, item.Known), token);
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

    private Extracted Process(ArticleIndexWriter writer, DocumentReader reader, SourceFile file, string signature, bool known)
    {
        var (document, skipped) = reader.Read(file);
        if (document is null) return new Extracted(file, signature, null, [], skipped);
        List<AnalyzedArticle> articles;
        try
        {
            articles = _extractor.Extract(document).Select(a => new AnalyzedArticle(a, _fingerprints.Build(a))).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An extractor bug on one file must not cost the rest of the run.
            return new Extracted(file, signature, null, [], new SkippedFile(file.RelativePath, $"extraction failed: {ex.Message}"));
        }

        var indexed = new IndexedFile(file.RelativePath, file.Size, file.LastWriteTicks, document.ContentHash, signature,
            articles.Select(a => a.Article.Id).ToList());
        var documents = articles.Select(a => ArticleDocuments.ForArticle(a, writer.NextSequence())).Prepend(ArticleDocuments.ForFile(indexed));
        if (known) writer.ReplaceFile(file.RelativePath, documents);
        else writer.AddFile(documents);
        return new Extracted(file, signature, document, articles.Select(a => a.Article).ToList(), null);
    }
}
