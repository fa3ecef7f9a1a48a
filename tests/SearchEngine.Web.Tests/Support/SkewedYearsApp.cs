namespace SearchEngine.Web.Tests.Support;

/// <summary>The web app over <see cref="SkewedYearsCorpus"/>.</summary>
public sealed class SkewedYearsApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => SkewedYearsCorpus.Docs();
}
