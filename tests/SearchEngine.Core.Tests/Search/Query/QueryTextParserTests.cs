using SearchEngine.Core.Search.Query;
using Shouldly;
using Xunit;

namespace SearchEngine.Core.Tests.Search.Query;

public sealed class QueryTextParserTests
{
    private static QueryNode Parsed(string text)
    {
        var result = QueryTextParser.Parse(text);
        result.Error.ShouldBeNull();
        return result.Query!;
    }

    private static QueryMessage Error(string text)
    {
        var result = QueryTextParser.Parse(text);
        result.Succeeded.ShouldBeFalse();
        return result.Error!;
    }

    [Theory]
    [InlineData("peace plan", "(peace AND plan)")]
    [InlineData("peace AND plan", "(peace AND plan)")]
    [InlineData("peace && plan", "(peace AND plan)")]
    [InlineData("a b OR c", "((a AND b) OR c)")]
    [InlineData("a OR b c", "(a OR (b AND c))")]
    [InlineData("a OR b OR c", "(a OR b OR c)")]
    [InlineData("a (b OR c)", "(a AND (b OR c))")]
    [InlineData("NOT a", "-a")]
    [InlineData("-a", "-a")]
    [InlineData("+a", "a")]
    [InlineData("--a", "a")]
    [InlineData("NOT -a", "a")]
    [InlineData("a -b", "(a AND -b)")]
    [InlineData("a NOT b", "(a AND -b)")]
    [InlineData("-(a OR b)", "-(a OR b)")]
    [InlineData("a and b or not c", "(a AND and AND b AND or AND not AND c)")]
    [InlineData("co-operate", "co-operate")]
    public void Operators_combine_with_or_loosest_and_not_tightest(string text, string expected) =>
        Parsed(text).ToString().ShouldBe(expected);

    [Fact]
    public void A_quoted_phrase_becomes_a_phrase_query()
    {
        Parsed("\"peace   plan\"").ShouldBe(new PhraseNode("peace plan"));
    }

    [Fact]
    public void A_phrase_with_a_distance_becomes_a_near_query()
    {
        Parsed("\"peace plan\"~5").ShouldBe(new NearNode(["peace", "plan"], 5));
    }

    [Fact]
    public void A_one_word_phrase_with_a_distance_is_just_that_word()
    {
        Parsed("\"peace\"~5").ShouldBe(new PhraseNode("peace"));
    }

    [Fact]
    public void A_trailing_star_makes_a_prefix_query()
    {
        Parsed("negot*").ShouldBe(new PrefixNode("negot"));
    }

    [Fact]
    public void A_field_applies_to_a_term_a_phrase_or_a_group()
    {
        Parsed("title:peace").ShouldBe(new FieldNode("title", new WordNode("peace")));
        Parsed("quote:\"peace plan\"").ShouldBe(new FieldNode("quote", new PhraseNode("peace plan")));
        Parsed("title:(peace plan)").ToString().ShouldBe("title:(peace AND plan)");
        Parsed("title:peace plan").ToString().ShouldBe("(title:peace AND plan)");
    }

    [Fact]
    public void Field_names_are_case_insensitive_and_normalised()
    {
        Parsed("SPEAKER:rubio").ShouldBe(new FieldNode("speaker", new WordNode("rubio")));
    }

    [Theory]
    [InlineData("date:2025-11-22", "2025-11-22", "2025-11-22")]
    [InlineData("date:2025-11", "2025-11-01", "2025-11-30")]
    [InlineData("date:2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("date:2025", "2025-01-01", "2025-12-31")]
    [InlineData("date:2025-1-5", "2025-01-05", "2025-01-05")]
    [InlineData("date:[2025-11-18 TO 2025-11-22]", "2025-11-18", "2025-11-22")]
    [InlineData("date:[2025-11 to 2025-12]", "2025-11-01", "2025-12-31")]
    [InlineData("date:{2025-11-18 TO 2025-11-22}", "2025-11-19", "2025-11-21")]
    [InlineData("date:{2025-10 TO 2026}", "2025-11-01", "2025-12-31")]
    [InlineData("date:[* TO 2025-11-22]", null, "2025-11-22")]
    [InlineData("date:[2025-11-22 TO *]", "2025-11-22", null)]
    [InlineData("date:>=2025-11-20", "2025-11-20", null)]
    [InlineData("date:>2025-11-20", "2025-11-21", null)]
    [InlineData("date:>2025", "2026-01-01", null)]
    [InlineData("date:<=2025-11", null, "2025-11-30")]
    [InlineData("date:<2025-01-01", null, "2024-12-31")]
    [InlineData("date: 2025", "2025-01-01", "2025-12-31")]
    [InlineData("title:date:2025", "2025-01-01", "2025-12-31")]
    public void Every_date_form_becomes_an_inclusive_range_of_days(string text, string? from, string? to)
    {
        var range = Parsed(text).ShouldBeOfType<DateRangeNode>();
        range.From.ShouldBe(from is null ? null : DateOnly.Parse(from));
        range.To.ShouldBe(to is null ? null : DateOnly.Parse(to));
    }

    [Theory]
    [InlineData("peace date:2025-13", 11)]
    [InlineData("date:2025-02-30", 5)]
    [InlineData("date:yesterday", 5)]
    [InlineData("date:[2025 TO]", 5)]
    [InlineData("date:[2025-01-01 2025-02-01]", 5)]
    [InlineData("date:[2025-01-01 TO 2025-02-01", 5)]
    [InlineData("date:>=soon", 7)]
    [InlineData("date:[2020 TO x]", 14)]
    [InlineData("date:[2020-01-01 TO 2020-13-01]", 20)]
    [InlineData("date:[20x0 TO 2021]", 6)]
    [InlineData("date:{2020  TO  yesterday}", 16)]
    public void A_malformed_date_is_an_error_naming_its_position(string text, int position)
    {
        var error = Error(text);
        error.Position.ShouldBe(position);
        error.Message.ShouldContain($"character {position + 1}");
    }

    [Fact]
    public void An_unknown_field_is_an_error_listing_the_known_ones()
    {
        var error = Error("peace foo:bar");
        error.Position.ShouldBe(6);
        error.Message.ShouldContain("unknown field 'foo'");
        error.Message.ShouldContain("title, body, quote, speaker, person, outlet, cites, author, date");
    }

    [Theory]
    [InlineData("speker:rubio", 0)]
    [InlineData("peace speker:\"marco rubio\"", 6)]
    [InlineData("(a OR auther:(doe roe))", 6)]
    public void A_mistyped_field_is_an_error_not_a_silent_text_search(string text, int position) =>
        Error(text).Position.ShouldBe(position);

    [Fact]
    public void A_reversed_date_range_warns_that_nothing_can_match()
    {
        var result = QueryTextParser.Parse("date:[2025-11-22 TO 2025-11-18]");
        result.Succeeded.ShouldBeTrue();
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("empty range");
    }

    [Theory]
    [InlineData("http://example.org/a", "http://example.org/a")]
    [InlineData("10:30", "10:30")]
    [InlineData("Re: budget", "(Re: AND budget)")]
    [InlineData("urn:", "urn:")]
    [InlineData("{title}:peace", "{title}:peace")]
    [InlineData("doi:10.1038/nature", "doi:10.1038/nature")]
    [InlineData("urn:isbn:0451450523", "urn:isbn:0451450523")]
    [InlineData("Psalm:23", "Psalm:23")]
    public void A_colon_that_does_not_follow_a_field_name_is_searched_as_text(string text, string expected) =>
        Parsed(text).ToString().ShouldBe(expected);

    [Fact]
    public void An_unclosed_quote_is_closed_at_the_end_with_a_warning()
    {
        var result = QueryTextParser.Parse("peace \"plan talks");
        result.Query.ShouldBe(new AndNode([new WordNode("peace"), new PhraseNode("plan talks")]));
        result.Warnings.ShouldHaveSingleItem().Position.ShouldBe(6);
    }

    [Fact]
    public void An_unclosed_parenthesis_is_closed_at_the_end_with_a_warning()
    {
        var result = QueryTextParser.Parse("a (b OR c");
        result.Query!.ToString().ShouldBe("(a AND (b OR c))");
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("character 3");
    }

    [Fact]
    public void A_stray_closing_parenthesis_is_ignored_with_a_warning()
    {
        var result = QueryTextParser.Parse("a) b");
        result.Query!.ToString().ShouldBe("(a AND b)");
        result.Warnings.ShouldHaveSingleItem().Position.ShouldBe(1);
    }

    [Theory]
    [InlineData("peace^2", "peace")]
    [InlineData("peace~", "peace")]
    [InlineData("peace~0.8", "peace")]
    [InlineData("(peace plan)^3", "(peace AND plan)")]
    [InlineData("OR peace", "peace")]
    [InlineData("peace AND", "peace")]
    [InlineData("peace NOT", "peace")]
    [InlineData("peace title:", "peace")]
    [InlineData("peace date:", "peace")]
    [InlineData("peace !!!", "peace")]
    [InlineData("peace \"...\"", "peace")]
    [InlineData("peace *", "peace")]
    [InlineData("peace ^2", "peace")]
    [InlineData("peace ~3", "peace")]
    public void Leftovers_are_ignored_with_a_warning(string text, string expected)
    {
        var result = QueryTextParser.Parse(text);
        result.Query!.ToString().ShouldBe(expected);
        result.Warnings.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_query_matches_everything(string? text) =>
        QueryTextParser.Parse(text).Query.ShouldBe(MatchAllNode.Instance);

    [Fact]
    public void A_one_letter_prefix_is_an_error()
    {
        var error = Error("peace a*");
        error.Position.ShouldBe(6);
        error.Message.ShouldContain("too short");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow()
    {
        var depth = QueryTextParser.MaxDepth + 1;
        var error = Error(new string('(', depth) + "peace" + new string(')', depth));
        error.Position.ShouldBe(QueryTextParser.MaxDepth);
        error.Message.ShouldContain("nests deeper");
        Parsed(new string('(', QueryTextParser.MaxDepth) + "peace" + new string(')', QueryTextParser.MaxDepth)).ShouldBe(new WordNode("peace"));
    }

    [Fact]
    public void A_long_chain_of_nots_is_not_recursion()
    {
        Parsed(string.Concat(Enumerable.Repeat("NOT ", 400)) + "peace").ShouldBe(new WordNode("peace"));
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_an_error()
    {
        Error(new string('a', QueryTextParser.MaxLength + 1)).Message.ShouldContain($"limit is {QueryTextParser.MaxLength}");
    }

    [Fact]
    public void More_words_than_the_limit_is_an_error()
    {
        var words = string.Join(' ', Enumerable.Range(0, QueryTextParser.MaxTerms + 1).Select(i => "w" + i));
        Error(words).Message.ShouldContain($"more than {QueryTextParser.MaxTerms} words");
        Parsed(string.Join(' ', Enumerable.Range(0, QueryTextParser.MaxTerms).Select(i => "w" + i))).ShouldBeOfType<AndNode>();
    }

    [Fact]
    public void A_proximity_wider_than_the_limit_is_an_error()
    {
        Error("\"a b\"~" + (QueryTextParser.MaxDistance + 1)).Position.ShouldBe(5);
    }

    [Fact]
    public void A_query_that_needs_many_repairs_lists_the_first_warnings_and_counts_the_rest()
    {
        var result = QueryTextParser.Parse(string.Concat(Enumerable.Repeat("\" ", 500)) + "wheat");
        result.Succeeded.ShouldBeTrue();
        result.Warnings.Count.ShouldBe(QueryTextParser.MaxWarnings + 1);
        result.Warnings[^1].Message.ShouldStartWith("and ");
        result.Warnings[^1].Message.ShouldEndWith("more warnings like these");
    }
}
