namespace SearchEngine.Web.Tests.Support;

/// <summary>The web app over <see cref="NewsCorpus"/>.</summary>
public sealed class NewsApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => NewsCorpus.Docs();

    /// <summary>The titles of the documents matching a predicate, sorted, for comparing with the titles the app returns.</summary>
    public IReadOnlyList<string> Titles(Func<CorpusDoc, bool> predicate) =>
        Docs.Where(predicate).Select(d => d.Title).Order(StringComparer.Ordinal).ToList();
}
