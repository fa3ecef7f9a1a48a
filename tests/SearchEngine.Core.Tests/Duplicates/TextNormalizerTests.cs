using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class TextNormalizerTests
{
    [Fact]
    public void Case_punctuation_and_whitespace_are_folded()
    {
        TextNormalizer.Normalize("  Russia’s  PLAN:\n\"28-point\" deal, worth 600,000!")
            .ShouldBe("russias plan 28 point deal worth 600000");
    }

    [Fact]
    public void Words_keep_their_character_spans_in_the_original_text()
    {
        const string text = "Kyiv, however, rejects it.";
        var tokens = TextNormalizer.Tokenize(text);
        tokens.Select(t => text[t.Start..t.End]).ShouldBe(["Kyiv", "however", "rejects", "it"]);
        tokens[0].Kind.ShouldBe(WordKind.Capitalized);
    }

    [Fact]
    public void Numbers_are_marked_and_keep_their_separators_inside_the_span()
    {
        const string text = "about 600,000 troops and 1.5m";
        var tokens = TextNormalizer.Tokenize(text);
        tokens[1].Kind.ShouldBe(WordKind.Number);
        text[tokens[1].Start..tokens[1].End].ShouldBe("600,000");
    }

    [Fact]
    public void Texts_differing_only_in_layout_have_the_same_exact_hash()
    {
        var a = TextNormalizer.ExactHash("The plan, drafted by Witkoff, has 28 points.\n\nKyiv rejects it.");
        var b = TextNormalizer.ExactHash("the plan drafted by witkoff has 28 points kyiv rejects it");
        a.ShouldBe(b);
    }

    [Fact]
    public void A_changed_word_changes_the_exact_hash()
    {
        var a = TextNormalizer.ExactHash("The plan has 28 points.");
        var b = TextNormalizer.ExactHash("The plan has 19 points.");
        a.ShouldNotBe(b);
    }

    [Fact]
    public void Word_order_matters_to_the_exact_hash()
    {
        TextNormalizer.ExactHash("talks resume today").ShouldNotBe(TextNormalizer.ExactHash("today talks resume"));
    }
}
