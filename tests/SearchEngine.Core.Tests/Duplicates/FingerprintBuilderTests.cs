using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Tests.Duplicates;

public class FingerprintBuilderTests
{
    private static readonly FingerprintBuilder Builder = new();

    private static uint[] HashesOf(params string[] words) =>
        [.. words.Select(w => Fold(TextNormalizer.Tokenize(w)[0].Hash)).Order()];

    private static uint Fold(ulong h) => (uint)(h ^ (h >> 32));

    [Fact]
    public void Numbers_are_taken_without_their_units_and_separators()
    {
        var fingerprint = Builder.Build("n", "A 28-point plan, then a 19-point one, and 600,000 troops; 3 sides.");
        fingerprint.Numbers.ShouldBe(HashesOf("28", "19", "600000"));
    }

    [Fact]
    public void Names_are_capitalised_words_inside_sentences()
    {
        var fingerprint = Builder.Build("n", "Officials said Witkoff met Dmitriev in Miami. Talks went well. The envoy left.");
        fingerprint.Names.ShouldBe(HashesOf("Witkoff", "Dmitriev", "Miami"));
    }

    [Fact]
    public void Quotes_in_the_text_give_quote_grams_even_without_extracted_quotes()
    {
        var fingerprint = Builder.Build("q", "Ministers said “borders must not be changed by force” on Monday.");
        fingerprint.Quotes.Length.ShouldBe(4);
    }

    [Fact]
    public void Person_keys_and_date_come_from_the_article()
    {
        var article = new Article
        {
            Id = "x", SourcePath = "x.txt", Title = "t", ContentHash = "h", Outlet = "AP", Date = new DateOnly(2025, 11, 23),
            Text = "Andriy Yermak spoke.",
            Persons = [new Person("Andriy Yermak", "andriy-yermak", [], [new Mention("Andriy Yermak", 0, 13)])],
        };
        var fingerprint = Builder.Build(article);
        fingerprint.Persons.ShouldBe(HashesOf("andriy", "yermak"));
        fingerprint.Outlet.ShouldBe("AP");
        fingerprint.Date.ShouldBe(new DateOnly(2025, 11, 23));
        fingerprint.ExactHash.ShouldBe(TextNormalizer.ExactHash("andriy yermak spoke"));
    }

    [Fact]
    public void Stop_words_and_numbers_are_not_terms()
    {
        var fingerprint = Builder.Build("t", "The plan and the plan: 28 of them.");
        fingerprint.Terms.ShouldBe([new TermCount(HashesOf("plan")[0], 2)]);
    }

    [Fact]
    public void Every_run_of_seventeen_words_holds_a_passage_mark()
    {
        var text = TestTexts.Join(TestTexts.Words(300, 8));
        var marks = Builder.Build("p", text).Passages;
        var words = TextNormalizer.Tokenize(text).Count;
        var guarantee = FingerprintBuilder.PassageGram + FingerprintBuilder.PassageWindow - 1;
        for (var start = 0; start + guarantee <= words; start++)
            marks.ShouldContain(m => m.Word >= start && m.Word + FingerprintBuilder.PassageGram <= start + guarantee);
        marks.Length.ShouldBeLessThan(words / 3);
    }

    [Fact]
    public void A_passage_mark_spans_its_eight_words_in_the_text()
    {
        const string text = "one two three four five six seven eight nine";
        var mark = Builder.Build("p", text).Passages[0];
        text[mark.Start..mark.End].Split(' ').Length.ShouldBe(8);
    }
}
