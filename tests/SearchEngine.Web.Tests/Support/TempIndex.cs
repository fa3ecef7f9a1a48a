using System.Text;
using SearchEngine.Core.Index;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// Writes documents and their <c>metadata.tsv</c> into a fresh temp corpus and indexes it; the temp folder is removed on
/// dispose.
/// </summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex(IReadOnlyList<CorpusDoc> docs)
    {
        Root = Path.Combine(Path.GetTempPath(), "se-webtest-" + Guid.NewGuid().ToString("N")[..12]);
        Corpus = Path.Combine(Root, "corpus");
        Index = Path.Combine(Root, "index");
        WriteCorpus(Corpus, docs);
        new IndexBuilder(Index).Run(Corpus);
    }

    /// <summary>
    /// An index left unfinished by a run over the documents' folder (stopped once every file was stored, before the
    /// persons and clusters), served with another folder as the app's corpus: the app must not finish it from there.
    /// </summary>
    public static TempIndex StoppedRunOverAnotherFolder(IReadOnlyList<CorpusDoc> docs)
    {
        var root = Path.Combine(Path.GetTempPath(), "se-webtest-" + Guid.NewGuid().ToString("N")[..12]);
        var (corpus, index) = (Path.Combine(root, "corpus"), Path.Combine(root, "index"));
        WriteCorpus(corpus, docs);
        using var stop = new CancellationTokenSource();
        try
        {
            new IndexBuilder(index).Run(corpus, new StopWhen(p => p.Done == p.Total, stop), stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        var elsewhere = Path.Combine(root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        return new TempIndex(root, elsewhere, index);
    }

    private sealed class StopWhen(Func<IndexProgress, bool> when, CancellationTokenSource stop) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            if (when(value)) stop.Cancel();
        }
    }

    private static void WriteCorpus(string corpus, IReadOnlyList<CorpusDoc> docs)
    {
        Directory.CreateDirectory(corpus);
        var utf8 = new UTF8Encoding(false);
        var metadata = new StringBuilder("file\toutlet\tdate\tauthor\n");
        foreach (var doc in docs)
        {
            File.WriteAllText(Path.Combine(corpus, doc.File), doc.FileText, utf8);
            metadata.Append(doc.File).Append('\t').Append(doc.Outlet).Append(doc.Section is null ? "" : " - " + doc.Section).Append('\t')
                .Append(doc.Date?.ToString("yyyy-MM-dd")).Append('\t').Append(doc.Author).Append('\n');
        }
        File.WriteAllText(Path.Combine(corpus, "metadata.tsv"), metadata.ToString(), utf8);
    }

    /// <summary>Indexes an existing corpus folder (left untouched) into a fresh temp index.</summary>
    public TempIndex(string corpus)
    {
        Root = Path.Combine(Path.GetTempPath(), "se-webtest-" + Guid.NewGuid().ToString("N")[..12]);
        Corpus = corpus;
        Index = Path.Combine(Root, "index");
        Directory.CreateDirectory(Root);
        new IndexBuilder(Index).Run(Corpus);
    }

    private TempIndex(string root, string corpus, string index)
    {
        Root = root;
        Corpus = corpus;
        Index = index;
    }

    /// <summary>Names an index folder and a corpus folder that both do not exist, so the app has nothing to serve or build.</summary>
    public static TempIndex Missing()
    {
        var root = Path.Combine(Path.GetTempPath(), "se-webtest-" + Guid.NewGuid().ToString("N")[..12]);
        return new TempIndex(root, Path.Combine(root, "no-corpus"), Path.Combine(root, "no-index"));
    }

    public string Root { get; }
    public string Corpus { get; }
    public string Index { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
