using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Search.Analysis;
using S = SearchEngine.Core.Index.ArticleSchema;
using LuceneWriter = Lucene.Net.Index.IndexWriter;

namespace SearchEngine.Core.Index;

/// <summary>
/// The single writer of an index folder. A file's articles and the document remembering the file are replaced as one
/// group, by a term on the file's path, so a commit holds either the old or the new version of a file, never half.
/// Changes become durable at <see cref="Commit"/>; a killed run keeps its last commit. Thread-safe for adding and
/// removing files (Lucene analyses on the calling threads).
/// </summary>
internal sealed class ArticleIndexWriter : IDisposable
{
    /// <summary>Memory for documents not yet flushed to a segment: bigger means fewer, larger segments, fewer merges.</summary>
    private const double RamBufferMb = 96;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly LuceneWriter _writer;
    private readonly Dictionary<string, string> _meta;
    private long _nextSequence;

    public ArticleIndexWriter(string indexDirectory)
    {
        if (IndexStorage.State(indexDirectory) == IndexState.Outdated)
        {
            IndexStorage.DeleteOutdated(indexDirectory);
            RebuiltOutdated = true;
        }
        _directory = IndexStorage.Open(indexDirectory);
        var config = new IndexWriterConfig(NewsAnalyzer.Version, new NewsAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = RamBufferMb,
            Similarity = S.Similarity,
        };
        _writer = new LuceneWriter(_directory, config);
        _meta = new Dictionary<string, string>(_writer.CommitData ?? new Dictionary<string, string>());
        _meta[S.SchemaVersionKey] = S.Version.ToString(CultureInfo.InvariantCulture);
        _nextSequence = long.TryParse(GetMeta(S.NextSequenceKey), out var next) ? next : 1;
        if (!DirectoryReader.IndexExists(_directory)) Commit(); // readers can open an empty index at once
    }

    /// <summary>True when the folder held an index of an older build, which was deleted to be rebuilt.</summary>
    public bool RebuiltOutdated { get; }

    public string? GetMeta(string key)
    {
        lock (_meta) return _meta.GetValueOrDefault(key);
    }

    /// <summary>A value kept in the next commit's user data.</summary>
    public void SetMeta(string key, string value)
    {
        lock (_meta) _meta[key] = value;
    }

    /// <summary>A number for a new article, increasing over the index's life (the order articles were added in).</summary>
    public long NextSequence() => Interlocked.Increment(ref _nextSequence) - 1;

    /// <summary>What the index knows of each file, to decide what changed.</summary>
    public Dictionary<string, IndexedFile> LoadFiles()
    {
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        using var reader = OpenReader();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(S.File);
            var withValue = leaf.AtomicReader.GetDocsWithField(S.File);
            if (values is null || withValue is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            var bytes = new Lucene.Net.Util.BytesRef();
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (!withValue.Get(doc) || (live is not null && !live.Get(doc))) continue;
                values.Get(doc, bytes);
                var file = IndexedFile.Decode(Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length));
                files[file.Path] = file;
            }
        }
        return files;
    }

    /// <summary>Replaces whatever the index holds for a file with these documents (the file's and its articles').</summary>
    public void ReplaceFile(string path, IEnumerable<Lucene.Net.Documents.Document> documents) =>
        _writer.UpdateDocuments(new Term(S.Path, path), documents);

    /// <summary>
    /// Adds a file the index does not hold yet. Cheaper than <see cref="ReplaceFile"/>: every delete term is looked up
    /// in every segment when a flush applies it.
    /// </summary>
    public void AddFile(IEnumerable<Lucene.Net.Documents.Document> documents) => _writer.AddDocuments(documents);

    /// <summary>Removes a file and every article it held.</summary>
    public void RemoveFile(string path) => _writer.DeleteDocuments(new Term(S.Path, path));

    /// <summary>Removes every document of a kind (derived documents are rewritten whole).</summary>
    public void RemoveKind(string kind) => _writer.DeleteDocuments(new Term(S.Kind, kind));

    public void Add(Lucene.Net.Documents.Document document) => _writer.AddDocument(document);

    /// <summary>Deletes the documents holding a term (derived documents by their key).</summary>
    public void Delete(string field, string value) => _writer.DeleteDocuments(new Term(field, value));

    /// <summary>The sequence number the next new article will get.</summary>
    public long PeekSequence() => Interlocked.Read(ref _nextSequence);

    /// <summary>Sets a numeric doc value of the article with that id, in place (no re-indexing).</summary>
    public void SetArticleValue(string id, string field, long value) => _writer.UpdateNumericDocValue(new Term(S.Id, id), field, value);

    /// <summary>A reader of everything written so far, committed or not (near-real-time).</summary>
    public DirectoryReader OpenReader() => DirectoryReader.Open(_writer, applyAllDeletes: true);

    /// <summary>Makes every change so far durable, with the user data (schema version, flags, generation).</summary>
    public void Commit()
    {
        lock (_meta)
        {
            _meta[S.NextSequenceKey] = Interlocked.Read(ref _nextSequence).ToString(CultureInfo.InvariantCulture);
            _meta[S.GenerationKey] = ((long.TryParse(_meta.GetValueOrDefault(S.GenerationKey), out var g) ? g : 0) + 1).ToString(CultureInfo.InvariantCulture);
            _writer.SetCommitData(new Dictionary<string, string>(_meta));
        }
        _writer.Commit();
    }

    /// <summary>Merges the index down to few segments; worth it after a large run.</summary>
    public void MergeSegments(int maxSegments) => _writer.ForceMerge(maxSegments);

    public void Dispose()
    {
        // Disposing commits what was added since the last commit (a cancelled run keeps the files it finished, as
        // whole groups); the derived-data flag in the user data stays set, so the next run completes the rest.
        _writer.Dispose();
        _directory.Dispose();
    }
}
