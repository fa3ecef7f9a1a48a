using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class DocumentFrequenciesTests
{
    [Fact]
    public void A_feature_in_many_documents_weighs_less_than_a_rare_one()
    {
        var frequencies = new DocumentFrequencies();
        for (var i = 0; i < 20; i++) frequencies.Add([1u, (uint)(100 + i)]);
        frequencies.Idf(1).ShouldBeLessThan(frequencies.Idf(100));
        frequencies.Idf(1).ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Removing_a_document_restores_the_counts()
    {
        var frequencies = new DocumentFrequencies();
        frequencies.Add([1u, 2u]);
        frequencies.Add([2u]);
        frequencies.Remove([1u, 2u]);
        frequencies.DocumentCount.ShouldBe(1);
        frequencies[1].ShouldBe(0);
        frequencies[2].ShouldBe(1);
    }
}
