using System.Text;

namespace SearchEngine.Core.Tests.TestSupport;

/// <summary>A corpus folder and an index folder in a fresh temp directory, removed on dispose.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "se-test-" + Guid.NewGuid().ToString("N")[..12]);
        Corpus = Path.Combine(Root, "corpus");
        Index = Path.Combine(Root, "index");
        Directory.CreateDirectory(Corpus);
    }

    public string Root { get; }
    public string Corpus { get; }
    public string Index { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Corpus, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Rewrites a file so that its size or time changes even within the file system's time resolution.</summary>
    public void Change(string relativePath, string text)
    {
        var path = Write(relativePath, text);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Corpus, relativePath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
