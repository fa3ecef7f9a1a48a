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
        table.Idf(TermKey("government")).ShouldBeLessThan(table.Idf(TermKey("minister")));
        table.Idf(TermKey("minister")).ShouldBeLessThan(table.Idf(TermKey("kushner")));
    }

    [Fact]
    public void The_built_in_english_table_knows_common_news_words()
    {
        var table = BackgroundFrequencies.English;
        table.Documents.ShouldBeGreaterThan(1000);
        table.Idf(TermKey("government")).ShouldBeLessThan(table.Idf(TermKey("zaporizhzhia")) / 2);
    }
}
