using SearchEngine.Core.Extraction;
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
    public void Every_person_link_on_every_article_page_finds_articles_and_no_honorific_joins_the_wrong_relative()
    {
        var searcher = index.Require();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var crossed = new List<string>();
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
                crossed.AddRange(CrossedHonorifics(article));
            }
        }
        Assert.True(articles > 25_000, $"walked {articles} articles");

        var empty = names.Where(name => searcher.Search(new SearchRequest { Persons = [name], PageSize = 1, IncludeFacets = false }).Total == 0).ToList();
        output.WriteLine($"{articles} articles, {names.Count} distinct person links, {empty.Count} finding nothing");
        Assert.True(empty.Count == 0, "person links that find no article: " + string.Join(", ", empty.Take(50)));
        // "Mr. Trump" is never Melania Trump, "Mrs. Clinton" never Bill Clinton: so no quote goes to the wrong relative
        Assert.True(crossed.Count == 0, "mentions joined to a relative the honorific contradicts: " + string.Join("; ", crossed.Take(20)));
    }

    private static IEnumerable<string> CrossedHonorifics(Article article)
    {
        foreach (var person in article.Persons)
        {
            if (person.Key.Split(' ') is not [var given, ..] || person.Key.Split(' ').Length < 2) continue;
            if (NameLexicon.Default.SexOf(given) is not { } sex) continue;
            // a surname after Mr or Mrs ("Mrs. Bill Clinton" is the old way to name his wife, and his name)
            foreach (var mention in person.Mentions.Where(m => !m.Text.Contains(' ')))
            {
                var before = article.Text.AsSpan(Math.Max(0, mention.Start - 8), mention.Start - Math.Max(0, mention.Start - 8)).TrimEnd().ToString();
                var word = before[(before.LastIndexOfAny([' ', '\n', '(', '“', '"']) + 1)..];
                var honorific = NameLexicon.HonorificSex(word);
                if (honorific is { } h && h != sex) yield return $"{article.SourcePath}: '{before} {article.Text[mention.Start..mention.End]}' joined to {person.Name}";
            }
        }
    }
}
