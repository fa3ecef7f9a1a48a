using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Articles;

/// <summary>The news app on a real port, for requests an HttpClient would rewrite before sending.</summary>
public sealed class NewsServerApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => NewsCorpus.Docs();

    protected override bool RealServer => true;
}
