namespace SearchEngine.Web.Tests.Support;

/// <summary>The web app over <see cref="NewsCorpus"/> on a real Kestrel port, for what only the real server does (its request limits).</summary>
public sealed class KestrelNewsApp : WebApp
{
    protected override bool RealServer => true;

    protected override IReadOnlyList<CorpusDoc> CreateDocs() => NewsCorpus.Docs();
}
