using Microsoft.Extensions.Options;

namespace SearchEngine.Web.Hosting;

/// <summary>The resolved, absolute index and corpus folders.</summary>
public sealed record IndexPaths(string Index, string Corpus)
{
    public static IndexPaths Resolve(IOptions<SearchEngineOptions> options, IHostEnvironment environment)
    {
        var root = RepoPaths.FindRoot(environment.ContentRootPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
                   ?? environment.ContentRootPath;
        string Full(string? configured, string fallback) =>
            Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(root, fallback) : Path.Combine(root, configured));
        return new IndexPaths(Full(options.Value.IndexPath, "index"), Full(options.Value.CorpusPath, "sample-corpus"));
    }
}
