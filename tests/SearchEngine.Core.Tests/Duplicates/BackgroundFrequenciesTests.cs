using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class BackgroundFrequenciesTests
{
    private static uint TermKey(string word) => StoryFeatures.Of(new FingerprintBuilder().Build("w", word)).Keys.Single();

    [Fact]
    public void A_loaded_table_makes_its_common_words_weigh_less_than_unknown_ones()
    {
        var table = BackgroundFrequencies.Load(new StringReader("#documents\t1000\ngovernment\t400\nminister\t100\n"));
        table.Documents.ShouldBe(1000);
        var frequencies = new DocumentFrequencies(table);
        frequencies.Idf(TermKey("government")).ShouldBeLessThan(frequencies.Idf(TermKey("minister")));
        frequencies.Idf(TermKey("minister")).ShouldBeLessThan(frequencies.Idf(TermKey("kushner")));
    }

    [Fact]
    public void The_built_in_english_table_knows_common_news_words()
    {
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.English);
        BackgroundFrequencies.English.Documents.ShouldBeGreaterThan(1000);
        frequencies.Idf(TermKey("government")).ShouldBeLessThan(frequencies.Idf(TermKey("zaporizhzhia")) / 2);
    }

    [Fact]
    public void The_index_own_counts_add_to_the_background()
    {
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Load(new StringReader("#documents\t100\n")));
        var key = TermKey("kushner");
        var before = frequencies.Idf(key);
        for (var i = 0; i < 50; i++) frequencies.Add([key]);
        frequencies.Idf(key).ShouldBeLessThan(before);
    }
}
