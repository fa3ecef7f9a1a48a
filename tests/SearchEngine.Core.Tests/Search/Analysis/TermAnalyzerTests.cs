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
    public void Tokenize_with_wanted_terms_analyses_only_words_that_could_stem_to_one()
    {
        var tokens = new List<TextToken>();
        TermAnalyzer.Tokenize("Negotiators met Ángel at noon in Nunez, not no", tokens, wantedTerms: ["negoti", "nunez"]);
        // "n" words shorter than four letters cannot stem to a five-letter term ("noon" may); a non-ASCII initial is
        // always analysed.
        Assert.Equal(["negoti", "", "angel", "", "noon", "", "nunez", "", ""], tokens.Select(t => t.Term));
    }

    [Fact]
    public void Words_whose_term_is_as_long_as_the_word_are_still_analysed()
    {
        // -anci becomes -ance and -bli -ble: stemming that does not shorten the word.
        const string text = "Abanci sensibli cat Cats";
        var tokens = new List<TextToken>();
        TermAnalyzer.Tokenize(text, tokens, wantedTerms: TermAnalyzer.Terms(text));
        Assert.Equal(TermAnalyzer.Terms(text), tokens.Select(t => t.Term));
    }
}
