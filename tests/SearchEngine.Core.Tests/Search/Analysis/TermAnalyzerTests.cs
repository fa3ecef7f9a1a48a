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
}
