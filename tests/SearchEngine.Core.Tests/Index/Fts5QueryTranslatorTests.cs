using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Query;
using Shouldly;
using Xunit;

namespace SearchEngine.Core.Tests.Index;

public sealed class Fts5QueryTranslatorTests : IDisposable
{
    private readonly FtsTestIndex _index = FtsTestIndex.WithSampleArticles();

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
    [InlineData("negot*", new long[] { 1, 4 })]
    [InlineData("tegu*", new long[] { 3 })]
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
    [InlineData("-outlet:reuters", new long[] { 2, 3, 5, 6 })]
    [InlineData("title:peace OR -outlet:reuters", new long[] { 1, 2, 3, 5, 6 })]
    [InlineData("author:\"jane doe\" ceasefire", new long[] { 1, 4 })]
    public void Each_field_searches_only_its_own_column(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    // Person names are a default field (so a bare name finds every spelling); outlets, cited outlets and speakers are not.
    [Theory]
    [InlineData("reuters")]
    [InlineData("axios")]
    public void A_bare_term_searches_only_the_default_fields(string query) =>
        _index.Search(query).ShouldBeEmpty();

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
    public void Dates_filter_on_the_article_date(string query, long[] expected) =>
        _index.Search(query).ShouldBe(expected);

    [Theory]
    [InlineData("date:2025", true)]
    [InlineData("date:{2025-11-20 TO 2025-11-22}", true)]
    [InlineData("date:[* TO *]", true)]
    [InlineData("date:>2025-11", true)]
    [InlineData("peace date:2025", true)]
    [InlineData("peace date:>=2025-01-01 date:<=2025-11-20", true)]
    [InlineData("title:(ceasefire -talks) date:2025", true)]
    [InlineData("plan", false)]
    [InlineData("budget OR date:2024", false)]
    [InlineData("-date:2025", false)]
    [InlineData("peace -date:2025", false)]
    [InlineData("-talks date:2025", false)]
    [InlineData("(peace date:2025-11) OR (ceasefire -date:2025-11)", false)]
    public void A_condition_on_dates_alone_is_given_as_ranges_that_select_what_the_sql_selects(string query, bool datesOnly)
    {
        var parsed = QueryTextParser.Parse(query);
        parsed.Succeeded.ShouldBeTrue();
        var compiled = Fts5QueryTranslator.Translate(parsed.Query!);
        if (!datesOnly)
        {
            compiled.DateRanges.ShouldBeNull();
            return;
        }

        var ranges = compiled.DateRanges.ShouldNotBeNull();
        var textMatches = compiled.FtsMatch is null ? null : _index.Search(compiled with { SqlWhere = null, Parameters = [] }).ToHashSet();
        var inMemory = _index.Dates
            .Where(a => textMatches is null || textMatches.Contains(a.Rowid))
            .Where(a => a.Date is { } date && ranges.All(r => date >= r.From && date <= r.To))
            .Select(a => a.Rowid);
        inMemory.ShouldBe(_index.Search(compiled));
    }

    [Theory]
    [InlineData("http://example.org", new long[] { 5 })]
    [InlineData("10:30", new long[] { 5 })]
    [InlineData("covid-19", new long[] { 5 })]
    [InlineData("peace and", new long[] { 6 })]
    [InlineData("wisely or", new long[] { 5 })]
    [InlineData("not wisely", new long[] { 5 })]
    public void Punctuated_words_and_lower_case_operators_are_searched_as_text(string query, long[] expected) =>
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
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("peace' OR '1'='1")]
    [InlineData("peace\") OR (\"1")]
    [InlineData("peace\0plan")]
    [InlineData("\ud800peace")]
    [InlineData("和平 计划 🕊️ مرحبا")]
    [InlineData("peace $q1 @p ?1 :name")]
    [InlineData("title:(a OR b) NOT (c AND d:e)")]
    public void Fts5_and_sql_syntax_typed_by_users_is_quoted_and_runs(string query)
    {
        var parsed = QueryTextParser.Parse(query);
        if (!parsed.Succeeded)
        {
            parsed.Error!.Message.ShouldNotBeNullOrWhiteSpace();
            return;
        }

        var compiled = Fts5QueryTranslator.Translate(parsed.Query!);
        Should.NotThrow(() => _index.Search(compiled));
        _index.Count("articles").ShouldBe(6);
    }

    [Fact]
    public void A_quote_inside_a_term_is_doubled_inside_an_fts5_string()
    {
        var compiled = Fts5QueryTranslator.Translate(new WordNode("say\"hi"));
        compiled.FtsMatch.ShouldBe("{title body quote person} : \"say\"\"hi\"");
    }

    [Fact]
    public void An_empty_query_matches_every_article()
    {
        var compiled = Fts5QueryTranslator.Translate(QueryTextParser.Parse("   ").Query!);
        compiled.MatchesEverything.ShouldBeTrue();
        _index.Search(compiled).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public void A_query_with_nothing_searchable_matches_every_article_and_says_why()
    {
        var parsed = QueryTextParser.Parse("!!! ---");
        parsed.Warnings.ShouldNotBeEmpty();
        _index.Search("!!! ---").ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public void Positive_text_goes_to_the_fts_match_and_the_rest_to_sql()
    {
        var compiled = Fts5QueryTranslator.Translate(QueryTextParser.Parse("peace -plan date:2025").Query!);
        compiled.FtsMatch.ShouldNotBeNull();
        compiled.FtsMatch.ShouldContain("\"peace\"");
        compiled.FtsMatch.ShouldContain(" NOT ");
        compiled.SqlWhere.ShouldNotBeNull();
        compiled.SqlWhere.ShouldContain("a.date_int BETWEEN");
        compiled.Parameters.Select(p => p.Value).ShouldBe([20250101L, 20251231L]);
    }

    [Fact]
    public void A_purely_negative_query_has_no_fts_match_and_excludes_in_sql()
    {
        var compiled = Fts5QueryTranslator.Translate(QueryTextParser.Parse("-peace").Query!);
        compiled.FtsMatch.ShouldBeNull();
        compiled.SqlWhere.ShouldBe("a.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q1)");
        compiled.Parameters.ShouldHaveSingleItem().Value.ShouldBe("{title body quote person} : \"peace\"");
    }

    [Fact]
    public void Text_or_a_date_cannot_be_ranked_by_fts_alone_so_all_of_it_goes_to_sql()
    {
        var compiled = Fts5QueryTranslator.Translate(QueryTextParser.Parse("budget OR date:2024").Query!);
        compiled.FtsMatch.ShouldBeNull();
        compiled.SqlWhere.ShouldNotBeNull();
        compiled.SqlWhere.ShouldContain(" OR ");
    }

    [Fact]
    public void User_text_never_appears_in_the_sql()
    {
        var compiled = Fts5QueryTranslator.Translate(QueryTextParser.Parse("-\"x'; DROP TABLE articles; --\" OR date:2025").Query!);
        compiled.SqlWhere.ShouldNotBeNull();
        compiled.SqlWhere.ShouldNotContain("DROP");
        compiled.SqlWhere.ShouldNotContain("'");
        compiled.Parameters.ShouldContain(p => p.Value is string && ((string)p.Value).Contains("DROP"));
    }

    [Fact]
    public void Positive_terms_leave_out_the_excluded_ones()
    {
        var compiled = Fts5QueryTranslator.Translate(QueryTextParser.Parse("peace \"plan talks\" negot* -budget NOT (war OR -vote)").Query!);
        compiled.PositiveTerms.ShouldBe(["peace", "plan talks", "negot*", "vote"]);
    }

    [Fact]
    public void A_hand_built_tree_with_an_unknown_field_matches_nothing_instead_of_failing()
    {
        var compiled = Fts5QueryTranslator.Translate(new FieldNode("nosuchfield", new WordNode("peace")));
        _index.Search(compiled).ShouldBeEmpty();
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
        {
            var parsed = QueryTextParser.Parse(query);
            parsed.Succeeded.ShouldBeTrue(parsed.Error?.Message);
            Should.NotThrow(() => _index.Search(Fts5QueryTranslator.Translate(parsed.Query!)), query);
        }
    }
}
