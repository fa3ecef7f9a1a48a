using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// What a user sees of persons over the shared corpora: the largest values of the person facet are all reviewed
/// persons, and every person an article page lists (each a link to the person facet) opens a facet that finds articles.
/// </summary>
[Collection(SharedCorporaCollection.Name)]
public sealed class PersonFacetAuditTests(SharedCorporaIndex index, ITestOutputHelper output)
{
    private const int Audited = 200;

    [Fact]
    public void The_two_hundred_largest_person_values_are_reviewed_persons()
    {
        var searcher = index.Require();
        var facet = searcher.Search(new SearchRequest { FacetSize = Audited, PageSize = 1 }).Facets.Single(f => f.Name == FacetNames.Person);
        Assert.Equal(Audited, facet.Values.Count);
        var problems = FacetReviewList.Load("persons-reviewed.tsv", "person").Problems(facet.Values.Select(v => (v.Value, v.Count)), output.WriteLine);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_person_link_on_every_article_page_opens_a_facet_that_finds_articles()
    {
        var searcher = index.Require();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var articles = 0;
        for (var page = 1; ; page++)
        {
            var hits = searcher.Search(new SearchRequest { PageSize = SearchRequest.MaxPageSize, Page = page, Sort = SortOrder.Oldest, IncludeFacets = false }).Hits;
            if (hits.Count == 0) break;
            foreach (var hit in hits)
            {
                var article = searcher.GetArticle(hit.Id)!;
                articles++;
                names.UnionWith(article.Persons.Select(p => p.Name));
            }
        }
        Assert.True(articles > 25_000, $"walked {articles} articles");

        var empty = names.Where(name => searcher.Search(new SearchRequest { Persons = [name], PageSize = 1, IncludeFacets = false }).Total == 0).ToList();
        output.WriteLine($"{articles} articles, {names.Count} distinct person links, {empty.Count} finding nothing");
        Assert.True(empty.Count == 0, "person links that find no article: " + string.Join(", ", empty.Take(50)));
    }
}
