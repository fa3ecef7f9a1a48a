using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class StoryVectorTests
{
    private static readonly FingerprintBuilder Builder = new();
    private static readonly BackgroundFrequencies Background = BackgroundFrequencies.Load(new StringReader(
        "#documents\t1000\nofficials\t400\ndiscussed\t300\nwar\t300\nplan\t300\ntoday\t500\n"));

    private static StoryVector Vector(string text) => StoryVector.Of(Builder.Build(text[..4], text), Background);

    [Fact]
    public void An_article_is_fully_similar_to_itself_and_not_to_a_disjoint_one()
    {
        var a = Vector("Envoy Witkoff flew to Moscow with a 28-point plan.");
        var b = Vector("Local bakery wins award for sourdough bread recipe.");
        StoryVector.Cosine(a, a).ShouldBe(1, 1e-6);
        StoryVector.Cosine(a, b).ShouldBe(0);
    }

    [Fact]
    public void Shared_rare_names_count_more_than_shared_common_words()
    {
        var a = Vector("officials discussed the war plan with envoy Kushner");
        var sameNames = Vector("pundits mocked an envoy named Kushner over lunch");
        var sameWords = Vector("officials discussed the war plan with someone");
        StoryVector.Cosine(a, sameNames).ShouldBeGreaterThan(StoryVector.Cosine(a, sameWords));
    }

    [Fact]
    public void Top_keys_are_the_heaviest_and_come_sorted()
    {
        var vector = Vector("officials discussed the war plan with envoy Kushner in Zaporizhzhia");
        var top = vector.TopKeys(3);
        top.Length.ShouldBe(3);
        top.ShouldBe(top.Order().ToArray());
        var weightOf = vector.Keys.Zip(vector.Weights).ToDictionary(x => x.First, x => x.Second);
        var lightestKept = top.Min(k => weightOf[k]);
        vector.Keys.Except(top).ShouldAllBe(k => weightOf[k] <= lightestKept);
    }
}
