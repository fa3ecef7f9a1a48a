using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace StoryEval;

/// <summary>Indexes a corpus with the engine as shipped and returns its story clusters as lists of file names.</summary>
public static class EngineStories
{
    public static List<List<string>> Cluster(string corpus, string index)
    {
        new IndexBuilder(index).Run(corpus);
        using var searcher = new ArticleSearcher(index);
        var clusters = new List<List<string>>();
        foreach (var cluster in searcher.GetCoverage(new SearchRequest(), DuplicateLevel.Story, int.MaxValue))
            clusters.Add([.. cluster.Members.Select(m => Path.GetFileName(searcher.GetArticle(m.Article.Id)!.SourcePath))]);
        return clusters;
    }
}
