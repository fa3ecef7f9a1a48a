using SearchEngine.Web.Tests.Search;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>The browser app over <see cref="WireCopiesApp.Corpus"/>: three wire stories, each printed three times.</summary>
public sealed class WireCopiesBrowserApp : BrowserApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => WireCopiesApp.Corpus();
}
