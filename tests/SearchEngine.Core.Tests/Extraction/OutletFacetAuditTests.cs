using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Extraction;

/// <summary>
/// The outlet facet over the shared corpora, as the index stores it (each folder read with its sidecars and folder
/// publishers): its largest values must all be in the hand-reviewed list, and none of them junk.
/// </summary>
[Collection(SharedCorporaCollection.Name)]
public sealed class OutletFacetAuditTests(SharedCorporaIndex index, ITestOutputHelper output)
{
    private const int Audited = 100;

    [Fact]
    public void The_hundred_largest_outlet_values_are_reviewed_publishers()
    {
        var searcher = index.Require();
        var facet = searcher.Search(new SearchRequest { FacetSize = Audited, PageSize = 1 }).Facets.Single(f => f.Name == FacetNames.Outlet);
        Assert.Equal(Audited, facet.Values.Count);
        var problems = FacetReviewList.Load("outlets-reviewed.tsv", "outlet").Problems(facet.Values.Select(v => (v.Value, v.Count)), output.WriteLine);
        output.WriteLine($"{facet.Distinct} values in all");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
