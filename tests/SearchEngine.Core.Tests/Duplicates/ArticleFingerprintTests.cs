using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class ArticleFingerprintTests
{
    private const string Text =
        "Peace envoy Steve Witkoff presented a 28-point plan in Moscow on Friday, officials said. " +
        "Kyiv rejected it, saying \"borders must not be changed by force\" and that 600,000 troops would stay.";

    [Fact]
    public void Bytes_round_trip_to_an_equal_fingerprint()
    {
        var original = new FingerprintBuilder().Build("a1", Text, "Newsmax", new DateOnly(2025, 11, 28), ["steve-witkoff"], ["Kyiv rejects it"]);
        var copy = ArticleFingerprint.FromBytes(original.ToBytes());

        copy.Id.ShouldBe("a1");
        copy.Outlet.ShouldBe("Newsmax");
        copy.Date.ShouldBe(new DateOnly(2025, 11, 28));
        copy.ExactHash.ShouldBe(original.ExactHash);
        copy.WordCount.ShouldBe(original.WordCount);
        copy.MinHash.ShouldBe(original.MinHash);
        // Shingles are not stored, only counted: they are computed again from the text when a pair needs them.
        original.Shingles.ShouldNotBeEmpty();
        copy.Shingles.ShouldBeEmpty();
        copy.ShingleCount.ShouldBe(original.Shingles.Length);
        new FingerprintBuilder().ShinglesOf(Text).ShouldBe(original.Shingles);
        copy.Terms.ShouldBe(original.Terms);
        copy.Persons.ShouldBe(original.Persons);
        copy.Names.ShouldBe(original.Names);
        copy.Numbers.ShouldBe(original.Numbers);
        copy.Quotes.ShouldBe(original.Quotes);
        copy.Passages.ShouldBe(original.Passages);
    }

    [Fact]
    public void A_fingerprint_without_outlet_or_date_round_trips_as_null()
    {
        var copy = ArticleFingerprint.FromBytes(new FingerprintBuilder().Build("b", "short text").ToBytes());
        copy.Outlet.ShouldBeNull();
        copy.Date.ShouldBeNull();
    }

    [Fact]
    public void Bytes_of_another_format_version_are_refused()
    {
        var bytes = new FingerprintBuilder().Build("c", Text).ToBytes();
        bytes[0] = ArticleFingerprint.FormatVersion + 1;
        Should.Throw<InvalidDataException>(() => ArticleFingerprint.FromBytes(bytes));
    }

    [Fact]
    public void A_400_word_article_takes_a_few_kilobytes()
    {
        var text = TestTexts.Join(TestTexts.Words(400, 7));
        var size = new FingerprintBuilder().Build("d", text).ToBytes().Length;
        size.ShouldBeInRange(1_500, 6_000);
    }
}
