using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class DuplicateClusteringTests
{
    private static ClusterLink Exact(int a, int b) => new(a, b, true, 1, 1);
    private static ClusterLink Near(int a, int b, float jaccard = 0.9f, float story = 0.9f) => new(a, b, false, jaccard, story);
    private static ClusterLink Story(int a, int b, float score) => new(a, b, false, 0, score);

    private static string Show(IEnumerable<int[]> clusters) => string.Join(" | ", clusters.Select(c => string.Join(",", c)));

    [Fact]
    public void A_near_cluster_holds_every_exact_cluster_it_touches()
    {
        ClusterLink[] links = [Exact(0, 1), Near(1, 2), Exact(3, 4)];
        Show(DuplicateClustering.Exact(5, links)).ShouldBe("0,1 | 3,4");
        Show(DuplicateClustering.Near(5, links)).ShouldBe("0,1,2 | 3,4");
    }

    [Fact]
    public void A_story_cluster_holds_every_near_cluster_it_touches_even_when_one_member_scores_low_with_the_rest()
    {
        // 2 is a near copy of 1 (the bug of the issue: near copies in two different stories); 2's own story links are weak.
        ClusterLink[] links = [Story(0, 1, 0.5f), Near(1, 2, 0.95f, 0.9f), Story(0, 2, 0.05f)];
        Show(DuplicateClustering.Stories(3, links, 0.2)).ShouldBe("0,1,2");
    }

    [Fact]
    public void A_drifting_chain_does_not_glue_its_ends_together()
    {
        // 0~1 and 1~2 are the same story, 2~3 and 3~4 another; the weak 1~2... link makes no single story of them all.
        ClusterLink[] links = [Story(0, 1, 0.6f), Story(2, 3, 0.6f), Story(1, 2, 0.25f), Story(3, 4, 0.6f), Story(2, 4, 0.5f)];
        Show(DuplicateClustering.Stories(5, links, 0.2)).ShouldBe("0,1 | 2,3,4");
    }

    [Fact]
    public void Members_that_each_match_most_of_a_story_join_it_even_without_matching_all()
    {
        // A story told by four outlets, where one pair happens to score below the threshold.
        ClusterLink[] links = [Story(0, 1, 0.4f), Story(0, 2, 0.35f), Story(1, 2, 0.3f), Story(0, 3, 0.3f), Story(1, 3, 0.3f), Story(2, 3, 0.1f)];
        Show(DuplicateClustering.Stories(4, links, 0.2)).ShouldBe("0,1,2,3");
    }

    [Fact]
    public void The_clusters_do_not_depend_on_the_order_of_the_links()
    {
        var random = new Random(7);
        var links = Enumerable.Range(0, 60).Select(_ => (A: random.Next(20), B: random.Next(20))).Where(p => p.A != p.B)
            .Select(p => Story(Math.Min(p.A, p.B), Math.Max(p.A, p.B), (float)random.NextDouble() * 0.6f)).DistinctBy(l => (l.A, l.B)).ToList();
        var expected = Show(DuplicateClustering.Stories(20, links, 0.2));
        for (var i = 0; i < 5; i++)
        {
            var shuffled = links.OrderBy(_ => random.Next()).ToList();
            Show(DuplicateClustering.Stories(20, shuffled, 0.2)).ShouldBe(expected);
        }
    }

    [Fact]
    public void Weak_links_alone_make_no_story()
    {
        ClusterLink[] links = [Story(0, 1, 0.15f), Story(1, 2, 0.12f)];
        DuplicateClustering.Stories(3, links, 0.2).ShouldBeEmpty();
    }
}
