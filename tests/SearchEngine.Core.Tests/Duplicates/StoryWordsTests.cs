using SearchEngine.Core.Duplicates;
using Shouldly;

namespace SearchEngine.Core.Tests.Duplicates;

public class StoryWordsTests
{
    private const string Text =
        "The Kremlin said on Friday that Moscow had received a revised 19-point plan. Geneva talks cost $1.5 billion, " +
        "and 600,000 people in Kherson wait. The 5 envoys met. Officials said 28 times that Europe would object.\n" +
        "Sources in Washington: the Telegraph reported it first.";

    [Fact]
    public void Story_words_pick_the_numbers_the_fingerprint_stores()
    {
        var fingerprint = new FingerprintBuilder().Build("x", Text);
        var tokens = TextNormalizer.Tokenize(Text);
        var numbers = tokens.Where(t => StoryWords.IsNumber(Text, t)).Select(StoryWords.Key).Distinct().Order();

        numbers.ShouldBe(fingerprint.Numbers);
        tokens.Where(t => StoryWords.IsNumber(Text, t)).Select(t => Text[t.Start..t.End]).ShouldBe(["19", "1.5", "600,000", "28"]);
    }

    [Fact]
    public void Story_words_pick_the_names_the_fingerprint_stores()
    {
        var fingerprint = new FingerprintBuilder().Build("x", Text);
        var tokens = TextNormalizer.Tokenize(Text);
        var names = tokens.Where(t => StoryWords.IsName(Text, t)).ToList();

        names.Select(StoryWords.Key).Distinct().Order().ShouldBe(fingerprint.Names);
        // Sentence starts ("The", "Geneva", "Sources", "Officials") and function words ("Friday") are not names.
        names.Select(t => Text[t.Start..t.End]).ShouldBe(["Kremlin", "Moscow", "Kherson", "Europe", "Washington", "Telegraph"]);
    }
}
