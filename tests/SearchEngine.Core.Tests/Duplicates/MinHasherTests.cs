using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class MinHasherTests
{
    private static uint[] ShinglesOf(IEnumerable<string> words) => Shingles.Hashes(TextNormalizer.Tokenize(TestTexts.Join(words)));

    [Fact]
    public void Signatures_are_deterministic_across_instances()
    {
        var set = ShinglesOf(TestTexts.Words(50, 3));
        new MinHasher().Sign(set).ShouldBe(new MinHasher().Sign(set));
    }

    [Fact]
    public void Different_seeds_give_different_hash_functions()
    {
        var set = ShinglesOf(TestTexts.Words(50, 3));
        new MinHasher(seed: 1).Sign(set).ShouldNotBe(new MinHasher(seed: 2).Sign(set));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(150)]
    public void The_estimate_is_close_to_the_exact_jaccard(int shift)
    {
        var words = TestTexts.Words(500, 4);
        var a = ShinglesOf(words[..300]);
        var b = ShinglesOf(words[shift..(300 + shift)]);
        var hasher = new MinHasher(256);
        var estimate = MinHasher.Estimate(hasher.Sign(a), hasher.Sign(b));
        estimate.ShouldBe(Shingles.Jaccard<uint>(a, b), 0.1);
    }

    [Fact]
    public void Empty_sets_never_look_alike()
    {
        var hasher = new MinHasher();
        MinHasher.Estimate(hasher.Sign([]), hasher.Sign([])).ShouldBe(0);
    }
}
