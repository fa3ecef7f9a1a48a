using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Query;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// The C# highlighter must mark what FTS5's highlight() and snippet() mark: the hand-written cases pin the rules
/// (stems, diacritics, phrases, NEAR, OR branches, fields, prefixes, the snippet window), and the last test compares
/// it with FTS5 itself on an in-memory index.
/// </summary>
public sealed class FtsHighlighterTests
{
    private const int Title = 0;
    private const int Body = 1;

    [Fact]
    public void Stemmed_forms_of_a_query_word_are_marked()
    {
        Assert.Equal("[Negotiators] said [negotiating] a ceasefire would take weeks.",
            Highlight("negotiations", body: "Negotiators said negotiating a ceasefire would take weeks."));
    }

    [Fact]
    public void Diacritics_are_folded_both_ways()
    {
        Assert.Equal("Carlos [Núñez] spoke first.", Highlight("Nunez", body: "Carlos Núñez spoke first."));
        Assert.Equal("Jose [Nunez] spoke second.", Highlight("Núñez", body: "Jose Nunez spoke second."));
    }

    [Fact]
    public void A_phrase_is_marked_only_where_its_words_stand_together_and_as_one_mark()
    {
        Assert.Equal("A peace deal, a plan, then the [peace plan].",
            Highlight("\"peace plans\"", body: "A peace deal, a plan, then the peace plan."));
    }

    [Fact]
    public void Separate_words_next_to_each_other_get_separate_marks()
    {
        Assert.Equal("A [peace] deal, a [plan], then the [peace] [plan].",
            Highlight("peace plan", body: "A peace deal, a plan, then the peace plan."));
    }

    [Fact]
    public void Near_marks_only_the_words_close_enough_to_each_other()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"w{i}"));
        Assert.Equal($"oil rose {filler} [prices] fell; [oil] [prices] held",
            Highlight("\"oil prices\"~2", body: $"oil rose {filler} prices fell; oil prices held"));
    }

    [Fact]
    public void An_or_branch_that_does_not_match_marks_nothing_even_where_its_words_occur()
    {
        Assert.Equal("oil and [coal]", Highlight("(oil AND gas) OR coal", body: "oil and coal"));
        Assert.Equal("oil and coal and [gas]", Highlight("(oil -coal) OR gas", body: "oil and coal and gas"));
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        Assert.Equal("[oil] and gas", Highlight("oil -coal", body: "oil and gas"));
    }

    [Fact]
    public void A_field_query_marks_only_that_field()
    {
        var texts = Texts(title: "Peace at last", body: "The peace held.");
        Assert.Equal("[Peace] at last", Highlight("title:peace", texts, Title));
        Assert.Equal("The peace held.", Highlight("title:peace", texts, Body));
    }

    [Fact]
    public void A_prefix_marks_every_word_it_begins()
    {
        Assert.Equal("[Negotiators] said [negotiating] was not [negative].",
            Highlight("neg*", body: "Negotiators said negotiating was not negative."));
    }

    [Fact]
    public void The_snippet_centres_its_window_on_the_match_and_shows_cuts_with_an_ellipsis()
    {
        var body = Words(100, (60, "peace"));
        Assert.Equal("…w56 w57 w58 w59 [peace] w61 w62 w63 w64 w65…", Snippet("peace", body, 10));
    }

    [Fact]
    public void The_snippet_prefers_a_window_holding_more_of_the_query()
    {
        var body = Words(100, (10, "peace"), (80, "plan"), (84, "peace"));
        Assert.Equal("…w78 w79 [plan] w81 w82 w83 [peace] w85 w86 w87…", Snippet("peace plan", body, 10));
    }

    [Fact]
    public void The_snippet_starts_at_a_sentence_when_the_match_follows_one_closely()
    {
        var body = Words(100, (49, "w49."), (50, "Talks"), (53, "peace"));
        Assert.Equal("…Talks w51 w52 [peace] w54 w55 w56 w57 w58 w59…", Snippet("peace", body, 10));
    }

    [Fact]
    public void A_short_body_is_shown_whole_without_an_ellipsis()
    {
        Assert.Equal("Talks on [peace] resume.", Snippet("peace", "Talks on peace resume.", 40));
    }

    [Theory]
    [InlineData("peace")]
    [InlineData("negotiations")]
    [InlineData("Nunez")]
    [InlineData("\"peace plan\"")]
    [InlineData("peace plan")]
    [InlineData("ceasefire -january")]
    [InlineData("(ceasefire AND january) OR budget")]
    [InlineData("(vote -budget) OR plan")]
    [InlineData("negot*")]
    [InlineData("title:ceasefire")]
    [InlineData("quote:peace")]
    [InlineData("\"ceasefire negotiations\"~3")]
    [InlineData("\"talks ceasefire\"~5")]
    [InlineData("zelenskyy")]
    [InlineData("vote OR plan OR peace")]
    [InlineData("covid 19")]
    [InlineData("example.org")]
    [InlineData("oil prices")]
    [InlineData("\"oil prices\"")]
    [InlineData("oil*")]
    public void Marks_agree_with_fts5_highlight_and_snippet(string query)
    {
        using var index = FtsTestIndex.WithSampleArticles();
        var filler = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        index.Add(7, 20240101, title: "Oil prices: a long read", body:
            $"{filler}. Oil prices rose. {filler} oil {filler}: prices fell as oil prices and oil-price forecasts met " +
            $"the peace plan. {filler}\nPeace, ceasefire negotiations and talks about talks. Oil.",
            quote: "Oil is oil\nNothing about it\nPeace in our time");
        var ftsMatch = Fts5QueryTranslator.Translate(QueryTextParser.Parse(query).Query!).FtsMatch!;
        var checkedRows = 0;
        foreach (var rowid in index.Search(query))
        {
            var texts = index.Texts(rowid).ToArray();
            foreach (var size in new[] { 6, 12, 40 })
            {
                var expected = index.Marked(ftsMatch, rowid, size);
                Assert.NotNull(expected);
                var (title, snippet, quote) = Mark(ftsMatch, texts, size);
                Assert.Equal(expected.Value.Title, title);
                Assert.Equal(expected.Value.Snippet, snippet);
                Assert.Equal(expected.Value.Quote, quote);
            }
            checkedRows++;
        }
        Assert.True(checkedRows > 0, $"'{query}' matched nothing, so nothing was compared");
    }

    private static string Highlight(string query, string body) => Highlight(query, Texts(body: body), Body);

    private static string Highlight(string query, string[] texts, int column)
    {
        var (expression, highlighter, tokens, instances) = Prepare(Translate(query), texts);
        return highlighter.Highlight(texts[column], tokens(column), instances, column);
    }

    private static string Snippet(string query, string body, int size)
    {
        var texts = Texts(body: body);
        var (_, highlighter, tokens, instances) = Prepare(Translate(query), texts);
        return highlighter.Snippet(body, tokens(Body), instances, Body, "…", size);
    }

    private static (string Title, string Snippet, string Quote) Mark(string ftsMatch, string[] texts, int size)
    {
        var (_, highlighter, tokens, instances) = Prepare(ftsMatch, texts);
        return (highlighter.Highlight(texts[0], tokens(0), instances, 0),
            highlighter.Snippet(texts[1], tokens(1), instances, 1, "…", size),
            highlighter.Highlight(texts[2], tokens(2), instances, 2));
    }

    private static (FtsExpression, FtsHighlighter, Func<int, List<TextToken>>, List<PhraseInstance>) Prepare(string ftsMatch, string[] texts)
    {
        var expression = FtsExpression.Parse(ftsMatch);
        var wantedTerms = expression.Terms;
        List<TextToken> TokensOf(int column)
        {
            var tokens = new List<TextToken>();
            TermAnalyzer.Tokenize(texts[column], tokens, wantedTerms);
            return tokens;
        }
        return (expression, new FtsHighlighter(expression, "[", "]"), TokensOf, expression.Instances(TokensOf));
    }

    private static string Translate(string query)
    {
        var parsed = QueryTextParser.Parse(query);
        Assert.True(parsed.Succeeded, parsed.Error?.Message);
        return Fts5QueryTranslator.Translate(parsed.Query!).FtsMatch!;
    }

    private static string[] Texts(string title = "", string body = "") => [title, body, "", "", "", "", "", ""];

    /// <summary>w0 … w{count-1}, with some positions replaced.</summary>
    private static string Words(int count, params (int At, string Word)[] replacements) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i =>
            replacements.FirstOrDefault(r => r.At == i).Word ?? $"w{i}"));
}
