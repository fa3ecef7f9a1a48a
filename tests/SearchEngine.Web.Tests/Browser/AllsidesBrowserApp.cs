using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>The browser app over <c>../shared/corpus/allsides-sample</c>, indexed into a temp folder; skips when absent.</summary>
public sealed class AllsidesBrowserApp : BrowserApp
{
    private string? _corpus;

    protected override IReadOnlyList<CorpusDoc> CreateDocs()
    {
        _corpus = FindSharedCorpus("allsides-sample");
        if (_corpus is null)
            SkipReason ??= "../shared/corpus/allsides-sample is not present beside the checkout; the screenshot test needs it.";
        return [];
    }

    protected override TempIndex CreateIndex() => new(_corpus!);

    public static string? FindSharedCorpus(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", folder);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
