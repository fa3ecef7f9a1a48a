using System.Text;
using Lucene.Net.Search.Spans;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using BooleanClause = Lucene.Net.Search.Occur;
using BooleanQuery = Lucene.Net.Search.BooleanQuery;
using ClassicParser = Lucene.Net.QueryParsers.Classic.MultiFieldQueryParser;
using LuceneQuery = Lucene.Net.Search.Query;
using Term = Lucene.Net.Index.Term;
using TermQuery = Lucene.Net.Search.TermQuery;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// The Lucene highlighter marks what the hand-written FTS5 port marked: stems, diacritics, phrases, NEAR, exclusions,
/// fields, prefixes and the snippet window. Marks are shown as [brackets]. A phrase where it stands is one mark
/// ("[peace plan]"); separate query words next to each other are separate marks ("[peace] [plan]").
/// </summary>
public sealed class HitHighlighterTests
{
    private static readonly NewsAnalyzer Analyzer = new();

    [Fact]
    public void Stemmed_forms_of_a_query_word_are_marked()
    {
        Assert.Equal("[Negotiators] said [negotiating] a ceasefire would take weeks.",
            Body("negotiations", "Negotiators said negotiating a ceasefire would take weeks."));
    }

    [Fact]
    public void Diacritics_are_folded_both_ways()
    {
        Assert.Equal("Carlos [Núñez] spoke first.", Body("Nunez", "Carlos Núñez spoke first."));
        Assert.Equal("Jose [Nunez] spoke second.", Body("Núñez", "Jose Nunez spoke second."));
    }

    [Fact]
    public void A_phrase_is_marked_as_one_run_and_only_where_its_words_stand_together()
    {
        Assert.Equal("A peace deal, a plan, then the [peace plan].",
            Body("\"peace plans\"", "A peace deal, a plan, then the peace plan."));
    }

    [Fact]
    public void Separate_words_next_to_each_other_get_separate_marks()
    {
        Assert.Equal("A [peace] deal, a [plan], then the [peace] [plan].",
            Body("peace plan", "A peace deal, a plan, then the peace plan."));
    }

    [Fact]
    public void Near_marks_only_the_words_close_enough_to_each_other()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"w{i}"));
        var near = new SpanNearQuery([SpanTerm("body", "oil"), SpanTerm("body", "prices")], slop: 2, inOrder: false);
        // "prices fell; oil" is within two words too; "oil prices" is one match standing together, so one mark.
        Assert.Equal($"oil rose {filler} [prices] fell; [oil prices] held",
            Render(new HitHighlighter(near, Analyzer, 100).Snippet($"oil rose {filler} prices fell; oil prices held")));
    }

    [Fact]
    public void Excluded_words_are_never_marked()
    {
        Assert.Equal("[oil] and gas", Body("oil -coal", "oil and gas"));
        Assert.Equal("[oil] and coal", Body("oil -coal", "oil and coal"));
        Assert.Equal("[oil] and coal", Body("oil NOT \"and coal\"", "oil and coal"));
    }

    [Fact]
    public void A_field_query_marks_only_that_field()
    {
        var highlighter = Highlighter("title:peace");
        Assert.Equal("[Peace] at last", Render(highlighter.Title("Peace at last")));
        Assert.Equal("The peace held.", Render(highlighter.Snippet("The peace held.")));
        Assert.Empty(highlighter.MatchingQuotes(["peace now"]));
        Assert.Equal("The peace held.", Render(Highlighter("title:pea*").Snippet("The peace held.")));
        Assert.Equal("[Peace] at last", Render(Highlighter("title:pea*").Title("Peace at last")));
    }

    [Fact]
    public void A_quote_query_marks_quotes_but_not_the_title_or_body()
    {
        var highlighter = Highlighter("quote:peace");
        Assert.Equal("Peace at last", Render(highlighter.Title("Peace at last")));
        Assert.Equal("The peace held.", Render(highlighter.Snippet("The peace held.")));
        Assert.Equal("[peace] now", Render(Assert.Single(highlighter.MatchingQuotes(["peace now"])).Quote));
    }

    [Fact]
    public void A_bare_word_marks_every_default_field()
    {
        var highlighter = Highlighter("peace");
        Assert.Equal("[Peace] at last", Render(highlighter.Title("Peace at last")));
        Assert.Equal("The [peace] held.", Render(highlighter.Snippet("The peace held.")));
    }

    [Fact]
    public void A_prefix_marks_every_word_it_begins_without_rewriting_against_an_index()
    {
        Assert.Equal("[Negotiators] said [negotiating] was not [negative].",
            Body("neg*", "Negotiators said negotiating was not negative."));
        Assert.Equal("[Negotiators] said [negotiating] was not negative.",
            Body("nego*", "Negotiators said negotiating was not negative."));
    }

    [Fact]
    public void A_wildcard_is_expanded_against_the_text_itself()
    {
        Assert.Equal("[Negotiators] said [negotiating] was not negative.",
            Body("ne?oti*", "Negotiators said negotiating was not negative."));
    }

    [Fact]
    public void A_query_built_from_the_analyzers_terms_marks_like_a_parsed_one()
    {
        var query = new BooleanQuery();
        foreach (var term in Analyzer.Terms("body", "peace talks"))
            query.Add(new TermQuery(new Term("body", term)), BooleanClause.SHOULD);
        Assert.Equal("[Peace] [talking] resumed", Render(new HitHighlighter(query, Analyzer).Snippet("Peace talking resumed")));
    }

    [Fact]
    public void The_snippet_centres_its_window_on_the_match_and_shows_cuts_with_an_ellipsis()
    {
        Assert.Equal("…w56 w57 w58 w59 [peace] w61 w62 w63 w64 w65…", Snippet("peace", Words(100, (60, "peace")), 10));
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
    public void The_snippet_keeps_the_text_after_the_last_word_when_it_reaches_the_end()
    {
        Assert.Equal("…w92 w93 w94 w95 w96 w97 w98 [peace].", Snippet("peace", Words(99) + " peace.", 8));
    }

    [Fact]
    public void The_default_snippet_is_forty_words_cut_at_word_boundaries()
    {
        var snippet = new HitHighlighter(Parse("peace"), Analyzer).Snippet(Words(300, (150, "peace")));
        Assert.StartsWith("…w131 ", snippet.Text);
        Assert.EndsWith(" w170…", snippet.Text);
        Assert.Equal(40, snippet.Text.Trim('…').Split(' ').Length);
    }

    [Fact]
    public void A_short_body_is_shown_whole_without_an_ellipsis()
    {
        Assert.Equal("Talks on [peace] resume.", Snippet("peace", "Talks on peace resume.", 40));
    }

    [Fact]
    public void Newlines_in_a_snippet_are_shown_as_spaces()
    {
        Assert.Equal("Talks\non [peace]\r\nresume.".Replace('\n', ' ').Replace('\r', ' '), Snippet("peace", "Talks\non peace\r\nresume.", 40));
    }

    [Fact]
    public void A_body_without_a_match_shows_its_opening_cut_at_a_word()
    {
        var body = Words(200);
        var snippet = Highlighter("zebra").Snippet(body);
        Assert.Empty(snippet.Marks);
        Assert.EndsWith(" …", snippet.Text);
        Assert.StartsWith(snippet.Text[..^2] + " ", body);
        Assert.InRange(snippet.Text.Length, 200, 322);
        Assert.Equal("Short\nbody.".Replace('\n', ' '), Highlighter("zebra").Snippet("Short\nbody.").Text);
    }

    [Fact]
    public void A_title_without_a_match_is_returned_as_it_is()
    {
        Assert.Equal(MarkedText.Plain("Oil prices rise"), Highlighter("peace").Title("Oil prices rise"));
    }

    [Fact]
    public void Matching_quotes_are_returned_by_position_marked_and_at_most_the_maximum()
    {
        var quotes = new[] { "Nothing here", "Peace in our time", "No", "peace, peace", "Peaceful? Peace." };
        var matching = Highlighter("peace").MatchingQuotes(quotes, max: 2);
        Assert.Equal([1, 3], matching.Select(q => q.Index));
        Assert.Equal(["[Peace] in our time", "[peace], [peace]"], matching.Select(q => Render(q.Quote)));
        Assert.Equal(3, Highlighter("peace").MatchingQuotes(quotes).Count);
    }

    [Fact]
    public void Overlapping_phrase_matches_coalesce_into_one_mark_so_marks_never_overlap()
    {
        var title = Highlighter("\"peace plan\" OR \"plan peace\"").Title("Peace plan, peace plan and plan peace");
        var marks = title.Marks;
        Assert.All(marks.Zip(marks.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal("[Peace plan, peace plan] and [plan peace]", Render(title));
    }

    private static LuceneQuery Parse(string query) =>
        new ClassicParser(NewsAnalyzer.Version, ["title", "body", "quote"], Analyzer).Parse(query);

    private static HitHighlighter Highlighter(string query, int snippetWords = HitHighlighter.SnippetWords) =>
        new(Parse(query), Analyzer, snippetWords);

    private static string Body(string query, string body) => Render(Highlighter(query, 1000).Snippet(body));

    private static string Snippet(string query, string body, int words) => Render(Highlighter(query, words).Snippet(body));

    private static SpanTermQuery SpanTerm(string field, string word) => new(new Term(field, Analyzer.Terms(field, word).Single()));

    /// <summary>The text with each mark in [brackets].</summary>
    private static string Render(MarkedText text)
    {
        var result = new StringBuilder();
        var copied = 0;
        foreach (var mark in text.Marks)
        {
            result.Append(text.Text, copied, mark.Start - copied).Append('[').Append(text.Text, mark.Start, mark.Length).Append(']');
            copied = mark.End;
        }
        return result.Append(text.Text, copied, text.Text.Length - copied).ToString();
    }

    /// <summary>w0 … w{count-1}, with some positions replaced.</summary>
    private static string Words(int count, params (int At, string Word)[] replacements) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i =>
            replacements.FirstOrDefault(r => r.At == i).Word ?? $"w{i}"));
}
