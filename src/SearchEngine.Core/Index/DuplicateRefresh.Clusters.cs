using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>The second half of a refresh: the link graph around the changed articles, their clusters, and the writes.</summary>
internal sealed partial class DuplicateRefresh
{
    private static readonly DuplicateLevel[] ClusterLevels = [DuplicateLevel.Exact, DuplicateLevel.Near, DuplicateLevel.Story];

    private readonly List<Lucene.Net.Documents.Document> _add = [];

    /// <summary>
    /// Loads an unchanged article's links and passages from its related document, once, leaving out those to
    /// articles that are gone or new (new articles' links are matched afresh).
    /// </summary>
    private void Load(int doc)
    {
        if (_links.ContainsKey(doc)) return;
        var links = new List<StoredLinkTo>();
        var passages = new List<(int, SharedRun)>();
        _links[doc] = links;
        _passages[doc] = passages;
        if (Full || IsStale(doc) || RelatedDocument(_table.Ids[doc]!) is not { } relations) return;
        foreach (var link in relations.Links)
        {
            if (_table.DocOf(link.Other) is { } other && !IsStale(other)) links.Add(new StoredLinkTo(other, link.Exact, link.Near, link.Story));
            else _changed.Add(doc);
        }
        foreach (var passage in relations.Passages)
        {
            if (_table.DocOf(passage.Other) is { } other && !IsStale(other))
                passages.Add((other, new SharedRun(new TextSpan(passage.Start, passage.End), new TextSpan(passage.OtherStart, passage.OtherEnd), passage.Words)));
            else _changed.Add(doc);
        }
    }

    private StoredRelations? RelatedDocument(string id)
    {
        var hits = _searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(S.RelatedOf, id)), 1).ScoreDocs;
        return hits.Length == 0 ? null : DerivedDocuments.ReadRelations(_searcher.Doc(hits[0].Doc));
    }

    private void AddLink(int a, int b, StoredLinkTo link)
    {
        _links[a].Add(link with { Other = b });
        _links[b].Add(link with { Other = a });
        _changed.Add(a);
        _changed.Add(b);
    }

    private void AddPassage(int a, int b, SharedRun run)
    {
        _passages[a].Add((b, run));
        _passages[b].Add((a, new SharedRun(run.Theirs, run.Mine, run.Words)));
        _changed.Add(a);
        _changed.Add(b);
    }

    /// <summary>Clusters again every group of linked articles that holds an affected article; returns how many groups.</summary>
    private int Recluster(HashSet<int> affected)
    {
        var done = new HashSet<int>();
        var groups = 0;
        foreach (var start in affected.Order())
        {
            if (!done.Add(start)) continue;
            var group = new List<int> { start };
            for (var i = 0; i < group.Count; i++)
            {
                Load(group[i]);
                foreach (var link in _links[group[i]])
                    if (done.Add(link.Other)) group.Add(link.Other);
            }
            Cluster(group);
            groups++;
        }
        return groups;
    }

    /// <summary>Forms one group's clusters and records what changed: cluster numbers, cluster documents.</summary>
    private void Cluster(List<int> group)
    {
        // Positions by id, so the clusters do not depend on document numbers (which follow the order of indexing).
        group.Sort((a, b) => string.CompareOrdinal(_table.Ids[a], _table.Ids[b]));
        var position = new Dictionary<int, int>(group.Count);
        for (var i = 0; i < group.Count; i++) position[group[i]] = i;
        var links = new List<ClusterLink>();
        foreach (var doc in group)
            foreach (var link in _links[doc])
                if (position[doc] < position[link.Other])
                    links.Add(new ClusterLink(position[doc], position[link.Other], link.Exact, link.Near, link.Story >= _options.StoryLinkThreshold ? link.Story : 0));

        var clusters = new[]
        {
            DuplicateClustering.Exact(group.Count, links),
            DuplicateClustering.Near(group.Count, links),
            DuplicateClustering.Stories(group.Count, links, _options.StoryThreshold),
        };
        foreach (var level in ClusterLevels)
        {
            var numbers = new long[group.Count];
            foreach (var positions in clusters[(int)level])
            {
                var members = positions.Select(p => group[p]).ToList();
                members.Sort(_table.CompareAsOrigin);
                var number = _table.Sequences[members[0]];
                foreach (var p in positions) numbers[p] = number;
                _add.Add(DerivedDocuments.Cluster(level, number, new DuplicateCluster(level, [.. members.Select(m => Member(level, m, members[0]))])));
            }
            for (var i = 0; i < group.Count; i++)
            {
                var doc = group[i];
                var old = _table.Clusters[(int)level][doc];
                if (old > 0) _deleteClusters.Add(DerivedDocuments.ClusterKey(level, old));
                if (old == numbers[i]) continue;
                _writer.SetArticleValue(_table.Ids[doc]!, S.ClusterValue[(int)level], numbers[i]);
                _table.Clusters[(int)level][doc] = numbers[i];
                _changed.Add(doc);
            }
        }
    }

    private ClusterMember Member(DuplicateLevel level, int doc, int origin)
    {
        var date = _table.Dates[doc] == 0 ? (DateOnly?)null : S.ToDate(_table.Dates[doc]);
        return new ClusterMember(_table.Ids[doc]!, null, date, Math.Round(SimilarityToOrigin(level, doc, origin), 4));
    }

    private double SimilarityToOrigin(DuplicateLevel level, int doc, int origin)
    {
        if (doc == origin) return 1;
        var link = _links[doc].FirstOrDefault(l => l.Other == origin);
        if (level == DuplicateLevel.Exact) return 1;
        if (_fingerprints.Get(doc) is not { } a || _fingerprints.Get(origin) is not { } b) return 0;
        if (level == DuplicateLevel.Near)
            return link.Exact ? 1 : link.Near > 0 ? link.Near : MinHasher.Estimate(a.Fingerprint.MinHash, b.Fingerprint.MinHash);
        return _fingerprints.Story(doc) is { } mine && _fingerprints.Story(origin) is { } theirs ? _scorer.Story(mine, theirs) : 0;
    }

    /// <summary>Deletes first, then adds: a delete by term would also remove a document added before it.</summary>
    private void Write()
    {
        foreach (var doc in _changed) _deleteRelated.Add(_table.Ids[doc]!);
        if (!Full)
        {
            foreach (var id in _deleteRelated) _writer.Delete(S.RelatedOf, id);
            foreach (var key in _deleteClusters) _writer.Delete(S.ClusterKey, key);
        }
        foreach (var document in _add) _writer.Add(document);
        foreach (var doc in _changed.Order())
        {
            var links = _links[doc];
            var passages = StrongestPassages(doc);
            if (links.Count == 0 && passages.Count == 0) continue;
            var relations = new StoredRelations(_table.Sequences[doc], [.. _table.Clusters.Select(c => c[doc])],
                [.. links.Select(l => new StoredLink(_table.Ids[l.Other]!, l.Exact, l.Near, l.Story))],
                [.. passages.Select(p => new StoredPassage(_table.Ids[p.Other]!, p.Run.Mine.Start, p.Run.Mine.End, p.Run.Theirs.Start, p.Run.Theirs.End, p.Run.Words))]);
            _writer.Add(DerivedDocuments.Related(_table.Ids[doc]!, relations));
        }
    }

    /// <summary>
    /// The passages of the <see cref="DuplicateOptions.MaxPassagePartners"/> partners sharing most words: a paragraph
    /// reused across a whole archive would otherwise give every article that carries it a link to every other.
    /// </summary>
    private List<(int Other, SharedRun Run)> StrongestPassages(int doc)
    {
        var passages = _passages.GetValueOrDefault(doc) ?? [];
        var partners = passages.GroupBy(p => p.Other)
            .OrderByDescending(g => g.Sum(p => p.Run.Words)).ThenBy(g => _table.Ids[g.Key], StringComparer.Ordinal)
            .Take(_options.MaxPassagePartners).Select(g => g.Key).ToHashSet();
        return [.. passages.Where(p => partners.Contains(p.Other))];
    }
}

/// <summary>A link from one article to another, by document, as a refresh holds it.</summary>
internal readonly record struct StoredLinkTo(int Other, bool Exact, float Near, float Story);

/// <summary>What one refresh did, for the run's report and the benchmarks.</summary>
public sealed record DuplicateRefreshReport(bool Full, int Articles, int Matched, int Links, int PassagePairs, int Affected, int Groups);
