using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Tests.Search.Analysis;

public class PorterStemmerTests
{
    // Pairs from Martin Porter's published vocabulary and output lists.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("digitizer", "digit")]
    [InlineData("triplicate", "triplic")]
    [InlineData("hopefulness", "hope")]
    [InlineData("revival", "reviv")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("generalization", "gener")]
    [InlineData("negotiations", "negoti")]
    [InlineData("negotiating", "negoti")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    [InlineData("1980s", "1980")]
    [InlineData("is", "is")]
    public void Stems_like_the_reference_algorithm(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));
}
