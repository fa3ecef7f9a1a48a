using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class ShinglesTests
{
    [Fact]
    public void A_text_of_n_words_has_n_minus_4_five_word_shingles()
    {
        var tokens = TextNormalizer.Tokenize(TestTexts.Join(TestTexts.Words(12, 1)));
        Shingles.Hashes(tokens).Length.ShouldBe(8);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Shingles.Hashes(TextNormalizer.Tokenize("too short")).Length.ShouldBe(1);
    }

    [Fact]
    public void Repeated_shingles_count_once()
    {
        var tokens = TextNormalizer.Tokenize("a b c d e a b c d e");
        Shingles.Hashes64(tokens).Length.ShouldBe(5);
    }

    [Fact]
    public void Jaccard_of_sorted_sets_is_shared_over_union()
    {
        Shingles.Jaccard<uint>([1, 2, 3, 4], [3, 4, 5, 6]).ShouldBe(2.0 / 6);
        Shingles.Jaccard<uint>([1, 2], [1, 2]).ShouldBe(1);
        Shingles.Jaccard<uint>([], []).ShouldBe(0);
    }

    [Fact]
    public void Jaccard_of_two_overlapping_windows_of_one_text_matches_the_shingle_count()
    {
        var words = TestTexts.Words(110, 2);
        var a = Shingles.Hashes(TextNormalizer.Tokenize(TestTexts.Join(words[..100])));
        var b = Shingles.Hashes(TextNormalizer.Tokenize(TestTexts.Join(words[10..])));
        // 96 shingles each, 86 shared.
        Shingles.Jaccard<uint>(a, b).ShouldBe(86.0 / 106, 1e-9);
    }
}
