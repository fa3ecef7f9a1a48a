using SearchEngine.Core.Extraction;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// The web app over the repository's own <c>sample-corpus/</c> (indexed into a temp folder, the folder left untouched):
/// seeds 000, 001 and 002 are three rewrites of one report, 003 another story of the same topic, 004 a digest.
/// </summary>
public sealed class SampleCorpusApp : WebApp
{
    private string? _corpus;

    protected override IReadOnlyList<CorpusDoc> CreateDocs()
    {
        _corpus = Find();
        if (_corpus is null) SkipReason = "sample-corpus/ was not found above the test binaries";
        return [];
    }

    protected override TempIndex CreateIndex() => new(_corpus!);

    /// <summary>The id of the seed file whose name starts with <paramref name="prefix"/> ("000"), as the indexer gives it.</summary>
    public string IdOfSeed(string prefix) =>
        ArticleId.For(Path.GetFileName(Directory.GetFiles(_corpus!, prefix + "_*.txt").Single()));

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sample-corpus");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "000_*.txt").Any()) return candidate;
        }
        return null;
    }
}
