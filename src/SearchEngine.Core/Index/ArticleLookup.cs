using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>Reads stored articles and their derived duplicate documents by key, through one borrowed searcher.</summary>
internal static class ArticleLookup
{
    private const int MaxMatchesPerLevel = 25;

    public static Article? Article(IndexSearcher searcher, string id) =>
        DocOf(searcher, S.Id, id) is { } doc ? ArticleDocuments.ToArticle(searcher.Doc(doc)) : null;

    public static ArticleSummary Summary(IndexSearcher searcher, int doc) =>
        ArticleDocuments.ToSummary(searcher.Doc(doc, ArticleDocuments.SummaryFields));

    public static ArticleSummary? Summary(IndexSearcher searcher, string id) =>
        DocOf(searcher, S.Id, id) is { } doc ? Summary(searcher, doc) : null;

    public static IReadOnlyList<ArticleSummary> FromFile(IndexSearcher searcher, string sourcePath)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(S.Path, sourcePath)), Occur.MUST },
            { new TermQuery(new Term(S.Kind, S.ArticleKind)), Occur.MUST },
        };
        var fields = new HashSet<string>(ArticleDocuments.SummaryFields) { S.Ordinal };
        return searcher.Search(query, 10_000).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, fields))
            .OrderBy(doc => doc.GetField(S.Ordinal)?.GetInt32Value() ?? 0)
            .Select(ArticleDocuments.ToSummary).ToList();
    }

    public static ArticleDuplicates Duplicates(SnapshotSearcher searcher, string id)
    {
        if (DocOf(searcher, S.Id, id) is not { } articleDoc) return ArticleDuplicates.None;
        var relations = DocOf(searcher, S.RelatedOf, id) is { } relatedDoc
            ? DerivedDocuments.ReadRelations(searcher.Doc(relatedDoc))
            : StoredRelations.None;

        // Each linked article at the strictest level the pair meets; story links below the story threshold only
        // weigh in clustering. An article of a much-reused wire story can link to hundreds: the closest per level.
        var options = DuplicateScorer.Default.Options;
        var related = new List<RelatedArticle>();
        var matches = relations.Links
            .Select(l => (l.Other, Level: l.Exact ? DuplicateLevel.Exact : l.Near > 0 ? DuplicateLevel.Near : DuplicateLevel.Story,
                Similarity: Math.Round(l.Exact ? 1 : l.Near > 0 ? l.Near : l.Story, 4)))
            .Where(m => m.Level != DuplicateLevel.Story || m.Similarity >= options.StoryThreshold)
            .GroupBy(m => m.Level).OrderBy(g => g.Key)
            .SelectMany(g => g.OrderByDescending(m => m.Similarity).ThenBy(m => m.Other, StringComparer.Ordinal).Take(MaxMatchesPerLevel));
        foreach (var match in matches)
            if (Summary(searcher, match.Other) is { } other)
                related.Add(new RelatedArticle(other, match.Level, match.Similarity));

        var clusters = new Dictionary<DuplicateLevel, CoverageCluster>();
        foreach (var level in new[] { DuplicateLevel.Exact, DuplicateLevel.Near, DuplicateLevel.Story })
            if (searcher.Snapshot.Clusters[(int)level][articleDoc] is var number and > 0 && Cluster(searcher, level, number) is { Count: > 0 } members)
                clusters[level] = new CoverageCluster(level, members, members.Count);

        var passages = new List<CopiedPassage>();
        foreach (var passage in relations.Passages.OrderBy(p => p.Start))
            if (Summary(searcher, passage.Other) is { } other)
                passages.Add(new CopiedPassage(other, new TextSpan(passage.Start, passage.End), new TextSpan(passage.OtherStart, passage.OtherEnd), passage.Words));
        return new ArticleDuplicates(related, clusters, passages);
    }

    /// <summary>A cluster's members in order (origin first), or null when there is no such cluster.</summary>
    public static List<RelatedArticle>? Cluster(IndexSearcher searcher, DuplicateLevel level, int number)
    {
        if (DocOf(searcher, S.ClusterKey, DerivedDocuments.ClusterKey(level, number)) is not { } doc) return null;
        var members = new List<RelatedArticle>();
        foreach (var member in DerivedDocuments.ReadCluster(searcher.Doc(doc)))
            if (Summary(searcher, member.Id) is { } summary)
                members.Add(new RelatedArticle(summary, level, member.Similarity));
        return members;
    }

    public static IReadOnlyList<(ArticleSummary Article, CopiedPassage Passage)> CopiedPassages(IndexSearcher searcher, int limit)
    {
        var all = new List<(string Id, StoredPassage Passage)>();
        var relatedDocs = searcher.Search(new TermQuery(new Term(S.Kind, S.RelatedKind)), Math.Max(1, searcher.IndexReader.MaxDoc));
        foreach (var hit in relatedDocs.ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc);
            var relations = DerivedDocuments.ReadRelations(doc);
            if (relations.Passages.Count == 0) continue;
            if (doc.Get(S.RelatedOf) is not { } id) continue;
            foreach (var passage in relations.Passages)
                if (string.CompareOrdinal(id, passage.Other) < 0) all.Add((id, passage));
        }

        var list = new List<(ArticleSummary, CopiedPassage)>();
        foreach (var (id, passage) in all.OrderByDescending(p => p.Passage.Words).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            if (list.Count == limit) break;
            if (Summary(searcher, id) is not { } article || Summary(searcher, passage.Other) is not { } other) continue;
            list.Add((article, new CopiedPassage(other, new TextSpan(passage.Start, passage.End),
                new TextSpan(passage.OtherStart, passage.OtherEnd), passage.Words)));
        }
        return list;
    }

    /// <summary>The live document holding an exact key, or null.</summary>
    public static int? DocOf(IndexSearcher searcher, string field, string key)
    {
        var hits = searcher.Search(new TermQuery(new Term(field, key)), 1).ScoreDocs;
        return hits.Length == 0 ? null : hits[0].Doc;
    }
}
