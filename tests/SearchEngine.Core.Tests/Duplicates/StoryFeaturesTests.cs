using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class StoryFeaturesTests
{
    private static readonly FingerprintBuilder Builder = new();

    [Fact]
    public void An_article_is_fully_similar_to_itself_and_not_to_a_disjoint_one()
    {
        var a = StoryFeatures.Of(Builder.Build("a", "Envoy Witkoff flew to Moscow with a 28-point plan."));
        var b = StoryFeatures.Of(Builder.Build("b", "Local bakery wins award for sourdough bread recipe."));
        var frequencies = new DocumentFrequencies();
        frequencies.Add(a.Keys);
        frequencies.Add(b.Keys);
        StoryFeatures.Cosine(a, a, frequencies).ShouldBe(1, 1e-9);
        StoryFeatures.Cosine(a, b, frequencies).ShouldBe(0);
    }

    [Fact]
    public void Shared_rare_names_count_more_than_shared_common_words()
    {
        var frequencies = new DocumentFrequencies();
        var background = Enumerable.Range(0, 30).Select(i => StoryFeatures.Of(Builder.Build($"bg{i}", $"officials discussed the war plan today number{i}")));
        foreach (var f in background) frequencies.Add(f.Keys);
        var a = StoryFeatures.Of(Builder.Build("a", "officials discussed the war plan with envoy Kushner"));
        var sameNames = StoryFeatures.Of(Builder.Build("b", "pundits mocked an envoy named Kushner over lunch"));
        var sameWords = StoryFeatures.Of(Builder.Build("c", "officials discussed the war plan with someone"));
        foreach (var f in new[] { a, sameNames, sameWords }) frequencies.Add(f.Keys);

        StoryFeatures.Cosine(a, sameNames, frequencies).ShouldBeGreaterThan(StoryFeatures.Cosine(a, sameWords, frequencies));
    }
}
