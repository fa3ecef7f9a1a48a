using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class ResultCollapserTests
{
    private static readonly Dictionary<string, string> Cluster = new()
    {
        ["a1"] = "A", ["a2"] = "A", ["a3"] = "A", ["b1"] = "B", ["b2"] = "B",
    };

    private static readonly Dictionary<string, string?> Outlet = new()
    {
        ["a1"] = "Reuters", ["a2"] = "BBC", ["a3"] = "bbc", ["b1"] = "AP", ["b2"] = null, ["c"] = "CNN",
    };

    private static CollapsedResults Collapse(params string[] hits) =>
        ResultCollapser.Collapse(hits, id => Cluster.GetValueOrDefault(id, id), id => Outlet.GetValueOrDefault(id));

    [Fact]
    public void Each_cluster_takes_one_row_at_the_rank_of_its_best_hit()
    {
        var result = Collapse("b2", "a2", "c", "a1", "b1", "a3");

        result.Rows.Select(r => r.ShownId).ShouldBe(["b2", "a2", "c"]);
        result.Rows[0].MoreIds.ShouldBe(["b1"]);
        result.Rows[1].MoreIds.ShouldBe(["a1", "a3"]);
        result.Rows[2].MoreIds.ShouldBeEmpty();
    }

    [Fact]
    public void Counts_say_how_many_articles_and_how_many_stories_matched()
    {
        var result = Collapse("b2", "a2", "c", "a1", "b1", "a3", "a1");
        result.ArticleCount.ShouldBe(6);
        result.StoryCount.ShouldBe(3);
    }

    [Fact]
    public void The_more_label_names_the_hidden_outlets_once()
    {
        var result = Collapse("a1", "a2", "a3", "b1", "b2", "c");
        result.Rows[0].MoreLabel.ShouldBe("+2 more from BBC");
        result.Rows[1].MoreLabel.ShouldBe("+1 more");
        result.Rows[2].MoreLabel.ShouldBeNull();
    }

    [Fact]
    public void Collapsing_through_the_index_groups_its_story_clusters()
    {
        var builder = new FingerprintBuilder();
        var text = TestTexts.Join(TestTexts.Words(150, 30));
        var index = new DuplicateIndex();
        index.Add(builder.Build("x", text, "Wire"));
        index.Add(builder.Build("y", text, "Paper"));
        index.Add(builder.Build("z", TestTexts.Join(TestTexts.Words(150, 31)), "Other"));

        var result = ResultCollapser.Collapse(["y", "z", "x"], index);
        result.Rows.Select(r => r.ShownId).ShouldBe(["y", "z"]);
        result.Rows[0].MoreLabel.ShouldBe("+1 more from Wire");
        (result.ArticleCount, result.StoryCount).ShouldBe((3, 2));
    }
}
