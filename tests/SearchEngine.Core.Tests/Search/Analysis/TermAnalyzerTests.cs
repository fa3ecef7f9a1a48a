using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Tests.Search.Analysis;

public class TermAnalyzerTests
{
    [Fact]
    public void Words_are_split_on_punctuation_folded_and_stemmed()
    {
        Assert.Equal(["zelenskyi", "s", "offic", "said", "negoti", "nunez", "s", "a"],
            TermAnalyzer.Terms("Zelenskyy’s office said: NEGOTIATIONS (Núñez's A)"));
    }

    [Fact]
    public void Short_and_punctuation_only_input_gives_no_failure()
    {
        Assert.Empty(TermAnalyzer.Terms("— … !!! ’"));
        Assert.Equal(["a", "i", "x"], TermAnalyzer.Terms("a I x"));
    }

    [Fact]
    public void Tokenize_gives_every_token_with_its_place_including_tokens_too_long_to_stem()
    {
        var longWord = new string('x', 200) + "ING";
        var text = $"Núñez's {longWord}, negotiating!";
        var tokens = new List<TextToken>();
        TermAnalyzer.Tokenize(text, tokens);
        Assert.Equal(["nunez", "s", new string('x', 200) + "ing", "negoti"], tokens.Select(t => t.Term));
        Assert.Equal(["Núñez", "s", longWord, "negotiating"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Tokenize_with_initials_analyses_only_words_that_can_begin_a_wanted_term()
    {
        var tokens = new List<TextToken>();
        TermAnalyzer.Tokenize("Negotiators met Ángel at noon", tokens, initials: "n");
        Assert.Equal(["negoti", "", "angel", "", "noon"], tokens.Select(t => t.Term));
        Assert.Equal(5, tokens.Count);
    }
}
