using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class LshIndexTests
{
    private static readonly MinHasher Hasher = new();

    private static uint[] Sign(IEnumerable<string> words) => Hasher.Sign(Shingles.Hashes(TextNormalizer.Tokenize(TestTexts.Join(words))));

    [Fact]
    public void A_light_edit_shares_a_band_and_an_unrelated_text_does_not()
    {
        var words = TestTexts.Words(400, 5);
        var original = words[..200];
        var edited = original.ToArray();
        edited[100] = "changed";
        var lsh = new LshIndex();
        lsh.Add(1, Sign(original));
        lsh.Add(2, Sign(words[200..]));

        var candidates = new HashSet<int>();
        lsh.Candidates(Sign(edited), candidates);
        candidates.ShouldBe([1]);
    }

    [Fact]
    public void A_removed_signature_is_no_longer_a_candidate()
    {
        var words = TestTexts.Words(200, 6);
        var signature = Sign(words);
        var lsh = new LshIndex();
        lsh.Add(1, signature);
        lsh.Add(2, signature);
        lsh.Remove(1, signature);

        var candidates = new HashSet<int>();
        lsh.Candidates(signature, candidates);
        candidates.ShouldBe([2]);
    }
}
