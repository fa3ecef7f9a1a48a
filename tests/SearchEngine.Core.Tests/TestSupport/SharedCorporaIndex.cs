using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.TestSupport;

/// <summary>
/// One index of all four shared corpora (seeds, bbc, reuters21578, allsides-sample), built once for the tests that
/// audit what a user sees over them. <see cref="Searcher"/> is null, with <see cref="SkipReason"/>, when
/// ../shared/corpus is absent.
/// </summary>
public sealed class SharedCorporaIndex : IDisposable
{
    public static readonly string[] Folders = ["seeds", "bbc", "reuters21578", "allsides-sample"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-shared-" + Guid.NewGuid().ToString("N")[..12]);

    public SharedCorporaIndex()
    {
        var corpus = SharedCorpus.Find();
        if (corpus is null || Folders.Any(f => !Directory.Exists(Path.Combine(corpus, f))))
        {
            SkipReason = $"../shared/corpus (with {string.Join(", ", Folders)}) is not present beside the checkout; this test needs it.";
            return;
        }
        // the corpus folder itself holds a README.md, which is not an article: index the four folders through links
        var folder = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(folder);
        foreach (var name in Folders) Directory.CreateSymbolicLink(Path.Combine(folder, name), Path.Combine(corpus, name));
        var index = Path.Combine(_root, "index");
        new IndexBuilder(index).Run(folder);
        Searcher = new ArticleSearcher(index);
    }

    public ArticleSearcher? Searcher { get; }

    public string? SkipReason { get; }

    /// <summary>The searcher, or skips the running test with the reason.</summary>
    public ArticleSearcher Require()
    {
        if (Searcher is null) VisibleSkip.Because(SkipReason!);
        return Searcher!;
    }

    public void Dispose()
    {
        Searcher?.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedCorporaCollection : ICollectionFixture<SharedCorporaIndex>
{
    public const string Name = "shared corpora index";
}
