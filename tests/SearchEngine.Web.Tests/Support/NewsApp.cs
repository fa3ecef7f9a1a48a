namespace SearchEngine.Web.Tests.Support;

/// <summary>The web app over <see cref="NewsCorpus"/>.</summary>
public sealed class NewsApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => NewsCorpus.Docs();
}
