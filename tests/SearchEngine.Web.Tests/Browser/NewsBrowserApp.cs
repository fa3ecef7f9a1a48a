using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>The browser app over <see cref="NewsCorpus"/>.</summary>
public sealed class NewsBrowserApp : BrowserApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => NewsCorpus.Docs();
}
