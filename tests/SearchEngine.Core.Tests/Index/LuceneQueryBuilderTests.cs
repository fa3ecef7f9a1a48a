using Lucene.Net.Search;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Query;
using Shouldly;

namespace SearchEngine.Core.Tests.Index;

public sealed class LuceneQueryBuilderTests : IDisposable
{
    private readonly LuceneTestIndex _index = LuceneTestIndex.WithSampleArticles();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("peace", new long[] { 1, 3, 6 })]
    [InlineData("negotiations", new long[] { 1, 4 })]
    [InlineData("Nunez", new long[] { 3 })]
    [InlineData("NÚÑEZ", new long[] { 3 })]
    [InlineData("\"peace plan\"", new long[] { 1 })]
    [InlineData("\"plan peace\"", new long[] { })]
    [InlineData("peace plan", new long[] { 1 })]
    [InlineData("peace AND plan", new long[] { 1 })]
    [InlineData("+peace +plan", new long[] { 1 })]
    [InlineData("peace OR budget", new long[] { 1, 2, 3, 6 })]
    [InlineData("peace || budget", new long[] { 1, 2, 3, 6 })]
    [InlineData("peace -plan", new long[] { 3, 6 })]
    [InlineData("peace NOT plan", new long[] { 3, 6 })]
    [InlineData("peace -plan -wars", new long[] { 3 })]
    [InlineData("-peace", new long[] { 2, 4, 5 })]
    [InlineData("NOT peace", new long[] { 2, 4, 5 })]
    [InlineData("-peace -budget", new long[] { 4, 5 })]
    [InlineData("NOT NOT peace", new long[] { 1, 3, 6 })]
    [InlineData("(peace OR budget) AND vote", new long[] { 2, 3 })]
    [InlineData("vote (peace OR budget)", new long[] { 2, 3 })]
    [InlineData("budget OR peace vote", new long[] { 2, 3 })]
    [InlineData("ceasefire -(stall OR postponed)", new long[] { 1 })]
    [InlineData("peace OR -plan", new long[] { 1, 3, 5, 6 })]
    [InlineData("budget OR (-peace -vote)", new long[] { 2, 4, 5 })]
    [InlineData("negot*", new long[] { 1, 4 })]
    [InlineData("tegu*", new long[] { 3 })]
    [InlineData("NÚÑ*", new long[] { 3 })]
    [InlineData("covid-19*", new long[] { 5 })]
    [InlineData("http://exam*", new long[] { 5 })]
    [InlineData("\"ceasefire talks\"~3", new long[] { 4 })]
    [InlineData("\"ceasefire talks\"", new long[] { })]
    [InlineData("\"said weeks\"~4", new long[] { })]
    [InlineData("\"said weeks\"~5", new long[] { 1 })]
    [InlineData("\"weeks said\"~5", new long[] { 1 })]
    public void Each_syntax_element_finds_the_articles_it_describes(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    [Theory]
    [InlineData("title:peace", new long[] { 1 })]
    [InlineData("body:peace", new long[] { 3, 6 })]
    [InlineData("quote:peace", new long[] { 1 })]
    [InlineData("speaker:rubio", new long[] { 1 })]
    [InlineData("person:zelensky", new long[] { 1 })]
    [InlineData("person:nunez", new long[] { 3 })]
    [InlineData("outlet:reuters", new long[] { 1, 4 })]
    [InlineData("cites:axios", new long[] { 1 })]
    [InlineData("author:doe", new long[] { 1, 4 })]
    [InlineData("Title:Peace", new long[] { 1 })]
    [InlineData("title: peace", new long[] { 1 })]
    [InlineData("title:\"peace plan\"", new long[] { 1 })]
    [InlineData("title:(peace plan)", new long[] { 1 })]
    [InlineData("title:(ceasefire OR budget)", new long[] { 2, 4 })]
    [InlineData("title:(plan -budget)", new long[] { 1 })]
    [InlineData("title:(talks body:weeks)", new long[] { 1 })]
    [InlineData("title:(talks body:stall)", new long[] { })]
    [InlineData("title:neg*", new long[] { 4 })]
    [InlineData("body:\"ceasefire talks\"~3", new long[] { 4 })]
    [InlineData("-outlet:reuters", new long[] { 2, 3, 5, 6 })]
    [InlineData("title:peace OR -outlet:reuters", new long[] { 1, 2, 3, 5, 6 })]
    [InlineData("author:\"jane doe\" ceasefire", new long[] { 1, 4 })]
    public void Each_field_searches_only_its_own_field(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    // Person names are a default field (so a bare name finds every spelling); outlets, cited outlets and speakers are not.
    [Theory]
    [InlineData("reuters")]
    [InlineData("axios")]
    public void A_bare_word_searches_only_the_default_fields(string query) =>
        _index.Search(query).ShouldBeEmpty();

    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("person:Zelenskiy")]
    [InlineData("\"Volodymyr Zelenskyy\"")]
    public void A_person_name_finds_other_spellings_through_the_identity_key(string query) =>
        _index.Search(query).ShouldBe([1]);

    [Fact]
    public void A_phrase_never_spans_two_values_of_a_multi_valued_field() =>
        _index.Search("person:\"rubio volodymyr\"").ShouldBeEmpty();

    [Theory]
    [InlineData("date:2025-11-22", new long[] { 1 })]
    [InlineData("date:2025-11", new long[] { 1, 2, 3 })]
    [InlineData("date:2025", new long[] { 1, 2, 3, 4 })]
    [InlineData("date:[2025-11-18 TO 2025-11-22]", new long[] { 1, 2 })]
    [InlineData("date:[2025-11-20 TO 2025-11-22}", new long[] { 2 })]
    [InlineData("date:{2025-11-20 TO 2025-11-22]", new long[] { 1 })]
    [InlineData("date:{2025-11-20 TO 2025-11-22}", new long[] { })]
    [InlineData("date:[* TO 2025-01-31]", new long[] { 4, 6 })]
    [InlineData("date:[2025-11 TO *]", new long[] { 1, 2, 3 })]
    [InlineData("date:[* TO *]", new long[] { 1, 2, 3, 4, 6 })]
    [InlineData("date:>=2025-11-20", new long[] { 1, 2 })]
    [InlineData("date:>2025-11-20", new long[] { 1 })]
    [InlineData("date:<2025-01-01", new long[] { 6 })]
    [InlineData("date:<=2025-01", new long[] { 4, 6 })]
    [InlineData("date:>2025-11", new long[] { })]
    [InlineData("date:\"2025-11-22\"", new long[] { 1 })]
    [InlineData("peace date:2025", new long[] { 1, 3 })]
    [InlineData("budget OR date:2024", new long[] { 2, 6 })]
    [InlineData("-date:2025", new long[] { 5, 6 })]
    [InlineData("NOT (date:2025 AND outlet:reuters)", new long[] { 2, 3, 5, 6 })]
    [InlineData("peace -date:2025", new long[] { 6 })]
    [InlineData("(peace date:2025-11) OR (ceasefire -date:2025-11)", new long[] { 1, 3, 4 })]
    [InlineData("peace date:>=2025-01-01 date:<=2025-11-20", new long[] { 3 })]
    [InlineData("title:(ceasefire -talks) date:2025", new long[] { 4 })]
    public void Dates_filter_on_the_article_date_and_undated_articles_match_no_date_clause(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    [Theory]
    [InlineData("http://example.org", new long[] { 5 })]
    [InlineData("10:30", new long[] { 5 })]
    [InlineData("covid-19", new long[] { 5 })]
    [InlineData("covid-20", new long[] { })]
    [InlineData("19-covid", new long[] { })]
    [InlineData("peace and", new long[] { 6 })]
    [InlineData("wisely or", new long[] { 5 })]
    [InlineData("not wisely", new long[] { 5 })]
    public void Punctuated_words_are_the_phrase_of_their_parts_and_lower_case_operators_are_text(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    [Theory]
    [InlineData("\"peace plan", new long[] { 1 })]
    [InlineData("(peace OR budget", new long[] { 1, 2, 3, 6 })]
    [InlineData("peace)", new long[] { 1, 3, 6 })]
    [InlineData("peace AND", new long[] { 1, 3, 6 })]
    [InlineData("OR peace", new long[] { 1, 3, 6 })]
    [InlineData("peace NOT", new long[] { 1, 3, 6 })]
    [InlineData("peace^2", new long[] { 1, 3, 6 })]
    [InlineData("\"peace plan\"^2", new long[] { 1 })]
    [InlineData("peace~", new long[] { 1, 3, 6 })]
    [InlineData("peace *", new long[] { 1, 3, 6 })]
    [InlineData("peace - budget", new long[] { })]
    [InlineData("title: (peace", new long[] { 1 })]
    public void Unbalanced_or_dangling_syntax_is_repaired_with_a_warning(string query, long[] expected)
    {
        QueryTextParser.Parse(query).Warnings.ShouldNotBeEmpty();
        _index.Search(query).ShouldBe(expected);
    }

    [Theory]
    [InlineData("NEAR(peace plan)")]
    [InlineData("NEAR(\"peace\" \"plan\", 2)")]
    [InlineData("{title}:peace")]
    [InlineData("{title body} : peace")]
    [InlineData("^peace")]
    [InlineData("peace:")]
    [InlineData(":peace")]
    [InlineData("peace \" plan")]
    [InlineData("\"\"")]
    [InlineData("\"peace\"\"plan\"")]
    [InlineData("*")]
    [InlineData("*peace")]
    [InlineData("*:*")]
    [InlineData("peace~0.5 title:pea?e")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("peace' OR '1'='1")]
    [InlineData("peace\") OR (\"1")]
    [InlineData("peace\0plan")]
    [InlineData("\ud800peace")]
    [InlineData("和平 计划 🕊️ مرحبا")]
    [InlineData("peace $q1 @p ?1 :name")]
    [InlineData("title:(a OR b) NOT (c AND d:e)")]
    public void Fts5_lucene_and_sql_syntax_typed_by_users_is_searched_as_text_and_runs(string query)
    {
        var parsed = QueryTextParser.Parse(query);
        if (!parsed.Succeeded)
        {
            parsed.Error!.Message.ShouldNotBeNullOrWhiteSpace();
            return;
        }

        Should.NotThrow(() => _index.Search(parsed.Query!));
    }

    [Theory]
    [InlineData("NEAR(peace", new long[] { })]
    [InlineData("'peace'", new long[] { 1, 3, 6 })]
    [InlineData("peace;", new long[] { 1, 3, 6 })]
    [InlineData("{peace}", new long[] { 1, 3, 6 })]
    public void Syntax_characters_around_a_word_are_separators_not_operators(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    [Fact]
    public void A_quote_inside_a_word_is_searched_as_text() =>
        _index.Search(new WordNode("peace\"plan")).ShouldBe([1]);

    [Theory]
    [InlineData("   ")]
    [InlineData("!!! ---")]
    public void An_empty_query_or_one_with_nothing_searchable_matches_every_article(string query)
    {
        _index.Search(query).ShouldBe([1, 2, 3, 4, 5, 6]);
        _index.Build(query).ShouldBe(LuceneQueryBuilder.Articles());
    }

    [Fact]
    public void A_purely_negative_query_is_every_article_minus_the_excluded_ones()
    {
        var query = _index.Build("-peace").ShouldBeOfType<BooleanQuery>();
        query.Clauses.ShouldContain(c => c.Occur == Occur.MUST && c.Query.Equals(LuceneQueryBuilder.Articles()));
        query.Clauses.ShouldContain(c => c.Occur == Occur.MUST_NOT);
        query.Clauses.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("peace")]
    [InlineData("title:peace OR date:2025")]
    [InlineData("\"peace plan\"~3")]
    [InlineData("negot* -budget")]
    public void A_query_on_article_fields_is_not_intersected_with_every_article(string query)
    {
        // Only article documents hold the text fields and the date, so the conjunction would cost without changing
        // what matches (the search helper fails any test that finds another kind of document).
        static bool RestrictsToArticles(Query q) =>
            q is BooleanQuery b && b.Clauses.Any(c => c.Occur == Occur.MUST && c.Query.Equals(LuceneQueryBuilder.Articles()));
        RestrictsToArticles(_index.Build(query)).ShouldBeFalse();
        _index.Search(query).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("-plan")]
    [InlineData("NOT (peace OR budget)")]
    public void A_query_of_exclusions_only_takes_every_article_as_its_positive_clause(string query)
    {
        var built = _index.Build(query).ShouldBeOfType<BooleanQuery>();
        built.Clauses.ShouldContain(c => c.Occur == Occur.MUST && c.Query.Equals(LuceneQueryBuilder.Articles()));
        _index.Search(query).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_word_that_analyses_to_nothing_matches_nothing_and_excluding_it_excludes_nothing()
    {
        var tooLong = new WordNode(new string('x', 300));
        _index.Search(tooLong).ShouldBeEmpty();
        _index.Search(new AndNode([new WordNode("peace"), tooLong])).ShouldBeEmpty();
        _index.Search(new OrNode([new WordNode("budget"), tooLong])).ShouldBe([2]);
        _index.Search(new NotNode(tooLong)).ShouldBe([1, 2, 3, 4, 5, 6]);
        _index.Search(new NearNode(["peace", new string('x', 300)], 5)).ShouldBeEmpty();
        _index.Search(new PrefixNode(new string('x', 300))).ShouldBeEmpty();
    }

    [Fact]
    public void A_hand_built_tree_with_an_unknown_field_matches_nothing_instead_of_failing()
    {
        _index.Search(new FieldNode("nosuchfield", new WordNode("peace"))).ShouldBeEmpty();
        _index.Search(new NotNode(new FieldNode("nosuchfield", new WordNode("peace")))).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public void Near_counts_the_words_between_the_first_and_the_last_as_fts5_did()
    {
        using var index = new LuceneTestIndex();
        index.Add(1, null, body: "alpha bravo charlie delta echo foxtrot golf");
        index.Search("\"alpha echo\"~3").ShouldBe([1]);
        index.Search("\"echo alpha\"~3").ShouldBe([1]);
        index.Search("\"alpha echo\"~2").ShouldBeEmpty();
        index.Search("\"alpha charlie echo\"~3").ShouldBe([1]);
        index.Search("\"echo alpha charlie\"~3").ShouldBe([1]);
        index.Search("\"alpha charlie echo\"~2").ShouldBeEmpty();
        index.Search("\"alpha bravo\"~0").ShouldBe([1]);
        index.Search("\"bravo alpha\"~0").ShouldBe([1]);
    }

    [Fact]
    public void A_phrase_keeps_the_positions_of_words_the_analyzer_drops()
    {
        var tooLong = new string('x', 300);
        using var index = new LuceneTestIndex();
        index.Add(1, null, body: "alpha " + tooLong + " omega");
        index.Add(2, null, body: "alpha omega");
        index.Search("\"alpha " + tooLong + " omega\"").ShouldBe([1]);
        index.Search("\"alpha omega\"").ShouldBe([2]);
    }

    [Fact]
    public void A_prefix_is_folded_and_lower_cased_but_not_stemmed()
    {
        using var index = new LuceneTestIndex();
        index.Add(1, null, body: "Universität Zürich");
        index.Add(2, null, body: "universal suffrage");
        index.Search("UNIVERSIT*").ShouldBe([1]);
        index.Search("zür*").ShouldBe([1]);
        index.Search("univers*").ShouldBe([1, 2]);
    }

    [Fact]
    public void A_title_match_outranks_a_body_only_match()
    {
        using var index = new LuceneTestIndex();
        index.Add(1, null, title: "Ships arrive", body: "The harbour reopened after the storm, and harbour workers cheered.");
        index.Add(2, null, title: "Harbour reopens", body: "Ships arrived after the storm.");
        index.Ranked("harbour").Select(h => h.Id).ShouldBe([2, 1]);
    }

    [Fact]
    public void The_field_boosts_can_be_overridden()
    {
        using var index = new LuceneTestIndex();
        index.Add(1, null, title: "Ships arrive", body: "The harbour reopened after the storm, and harbour workers cheered.");
        index.Add(2, null, title: "Harbour reopens", body: "Ships arrived after the storm.");
        index.Ranked("harbour", f => f == SearchFields.Body ? 10f : 0.1f).Select(h => h.Id).ShouldBe([1, 2]);
    }

    [Fact]
    public void A_match_found_only_in_person_names_scores_above_zero()
    {
        var hit = _index.Ranked("schumer").ShouldHaveSingleItem();
        hit.Id.ShouldBe(2);
        hit.Score.ShouldBeGreaterThan(0f);
    }

    [Fact]
    public void Queries_at_the_nesting_limit_still_run()
    {
        var depth = QueryTextParser.MaxDepth;
        var queries = new[]
        {
            string.Concat(Enumerable.Repeat("(peace OR -", depth)) + "budget" + new string(')', depth),
            string.Concat(Enumerable.Repeat("(vote ", depth)) + "peace" + new string(')', depth),
            string.Concat(Enumerable.Repeat("(a OR (b -", depth / 2)) + "c date:2025" + new string(')', depth),
            string.Concat(Enumerable.Repeat("title:", depth)) + "peace",
            string.Join(' ', Enumerable.Range(0, QueryTextParser.MaxTerms / 2).Select(i => $"peace -w{i}")),
        };
        foreach (var query in queries)
            Should.NotThrow(() => _index.Search(query), query);
        _index.Search(queries[3]).ShouldBe([1]);
        _index.Search(queries[4]).ShouldBe([1, 3, 6]);
    }
}
