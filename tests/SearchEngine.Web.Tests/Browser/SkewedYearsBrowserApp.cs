using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>The browser app over <see cref="SkewedYearsCorpus"/>.</summary>
public sealed class SkewedYearsBrowserApp : BrowserApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => SkewedYearsCorpus.Docs();
}
