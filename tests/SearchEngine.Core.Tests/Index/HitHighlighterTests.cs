using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Store;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using ClassicParser = Lucene.Net.QueryParsers.Classic.MultiFieldQueryParser;
using LuceneQuery = Lucene.Net.Search.Query;
using Quote = SearchEngine.Core.Extraction.Quote;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// The highlighter marks, from the offsets in the index's postings, what the query matched: stems, diacritics,
/// phrases, near words, fields, prefixes and the snippet window, never exclusions. Each case indexes its article
/// (through <see cref="ArticleDocuments.ForArticle"/>, after an unrelated one in its own segment, so the hit is not
/// document 0 of segment 0). Marks are shown as [brackets]. A phrase where it stands is one mark ("[peace plan]");
/// separate query words next to each other are separate marks ("[peace] [plan]").
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
    public void A_sloppy_phrase_marks_its_words_one_by_one_where_they_stand_close_enough()
    {
        Assert.Equal("A peace deal, a plan, then the [peace] [plan].",
            Body("\"peace plan\"~1", "A peace deal, a plan, then the peace plan."));
    }

    [Fact]
    public void Near_marks_only_the_words_close_enough_to_each_other()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"w{i}"));
        var body = $"oil rose {filler} prices fell; oil prices held";
        var near = new SpanNearQuery([SpanTerm("body", "oil"), SpanTerm("body", "prices")], slop: 2, inOrder: false);
        using var hit = new Hit(body: body);
        Assert.Equal($"oil rose {filler} [prices] fell; [oil] [prices] held", Render(hit.Highlighter(near, 100).Snippet(hit.Doc, body)));
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
        using var hit = new Hit("Peace at last", "The peace held.", "peace now");
        var highlighter = hit.Highlighter("title:peace");
        Assert.Equal("[Peace] at last", Render(highlighter.Title(hit.Doc, hit.Title)));
        Assert.Equal("The peace held.", Render(highlighter.Snippet(hit.Doc, hit.Body)));
        Assert.Empty(highlighter.MatchingQuotes(hit.Doc, hit.Quotes));
        Assert.Equal("The peace held.", Render(hit.Highlighter("title:pea*").Snippet(hit.Doc, hit.Body)));
        Assert.Equal("[Peace] at last", Render(hit.Highlighter("title:pea*").Title(hit.Doc, hit.Title)));
    }

    [Fact]
    public void A_quote_query_marks_quotes_but_not_the_title_or_body()
    {
        using var hit = new Hit("Peace at last", "The peace held.", "peace now");
        var highlighter = hit.Highlighter("quote:peace");
        Assert.Equal("Peace at last", Render(highlighter.Title(hit.Doc, hit.Title)));
        Assert.Equal("The peace held.", Render(highlighter.Snippet(hit.Doc, hit.Body)));
        Assert.Equal("[peace] now", Render(Assert.Single(highlighter.MatchingQuotes(hit.Doc, hit.Quotes)).Quote));
    }

    [Fact]
    public void A_bare_word_marks_every_default_field()
    {
        using var hit = new Hit("Peace at last", "The peace held.", "peace now");
        var highlighter = hit.Highlighter("peace");
        Assert.Equal("[Peace] at last", Render(highlighter.Title(hit.Doc, hit.Title)));
        Assert.Equal("The [peace] held.", Render(highlighter.Snippet(hit.Doc, hit.Body)));
        Assert.Equal("[peace] now", Render(Assert.Single(highlighter.MatchingQuotes(hit.Doc, hit.Quotes)).Quote));
    }

    [Fact]
    public void A_prefix_marks_every_word_whose_indexed_term_it_begins()
    {
        Assert.Equal("[Negotiators] said [negotiating] was not [negative].",
            Body("neg*", "Negotiators said negotiating was not negative."));
        Assert.Equal("[Negotiators] said [negotiating] was not negative.",
            Body("nego*", "Negotiators said negotiating was not negative."));
    }

    [Fact]
    public void A_wildcard_marks_the_indexed_terms_it_stands_for()
    {
        Assert.Equal("[Negotiators] said [negotiating] was not negative.",
            Body("ne?oti*", "Negotiators said negotiating was not negative."));
    }

    [Fact]
    public void A_query_built_from_the_analyzers_terms_marks_like_a_parsed_one()
    {
        var words = new BooleanQuery();
        foreach (var term in Analyzer.Terms("body", "peace talks"))
            words.Add(new TermQuery(new Term("body", term)), Occur.SHOULD);
        // Nesting, and clauses that mark nothing (a date range, another field), change nothing.
        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(words), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(ArticleSchema.Date, 20240101, 20241231, true, true), Occur.MUST },
            { new TermQuery(new Term("outlet", "resum")), Occur.SHOULD },
        };
        using var hit = new Hit(body: "Peace talking resumed");
        Assert.Equal("[Peace] [talking] resumed", Render(hit.Highlighter(query).Snippet(hit.Doc, hit.Body)));
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
        var body = Words(300, (150, "peace"));
        using var hit = new Hit(body: body);
        var snippet = hit.Highlighter("peace").Snippet(hit.Doc, body);
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
        Assert.Equal("Talks on [peace]  resume.", Snippet("peace", "Talks\non peace\r\nresume.", 40));
        Assert.Equal("…w2 [peace] w4…", Snippet("peace", "w0\nw1\nw2\npeace\nw4\nw5\nw6", 3));
    }

    [Fact]
    public void A_body_without_a_match_shows_its_opening_cut_at_a_word()
    {
        var body = Words(200);
        using var hit = new Hit(body: body);
        var snippet = hit.Highlighter("zebra").Snippet(hit.Doc, body);
        Assert.Empty(snippet.Marks);
        Assert.EndsWith(" …", snippet.Text);
        Assert.StartsWith(snippet.Text[..^2] + " ", body);
        Assert.InRange(snippet.Text.Length, 200, 322);
        using var shortHit = new Hit(body: "Short\nbody.");
        Assert.Equal("Short body.", shortHit.Highlighter("zebra").Snippet(shortHit.Doc, shortHit.Body).Text);
    }

    [Fact]
    public void A_title_without_a_match_is_returned_as_it_is()
    {
        using var hit = new Hit("Oil prices rise");
        Assert.Equal(MarkedText.Plain("Oil prices rise"), hit.Highlighter("peace").Title(hit.Doc, hit.Title));
    }

    [Fact]
    public void Matching_quotes_are_returned_by_position_marked_and_at_most_the_maximum()
    {
        using var hit = new Hit("t", "b", "Nothing here", "Peace in our time", "No", "peace, peace", "Peaceful? Peace.");
        var matching = hit.Highlighter("peace").MatchingQuotes(hit.Doc, hit.Quotes, max: 2);
        Assert.Equal([1, 3], matching.Select(q => q.Index));
        Assert.Equal(["[Peace] in our time", "[peace], [peace]"], matching.Select(q => Render(q.Quote)));
        Assert.Equal(3, hit.Highlighter("peace").MatchingQuotes(hit.Doc, hit.Quotes).Count);
    }

    [Fact]
    public void Quote_marks_map_back_to_their_quote_past_trailing_spaces_punctuation_and_empty_quotes()
    {
        using var hit = new Hit("t", "b", "Trailing space ", "", "!?", "  peace  ", "a line\nbreak, then peace.");
        var matching = hit.Highlighter("peace OR break").MatchingQuotes(hit.Doc, hit.Quotes);
        Assert.Equal([3, 4], matching.Select(q => q.Index));
        Assert.Equal(["  [peace]  ", "a line [break], then [peace]."], matching.Select(q => Render(q.Quote)));
    }

    [Fact]
    public void A_phrase_never_matches_across_two_quotes()
    {
        using var hit = new Hit("t", "b", "we want peace", "plan now");
        Assert.Empty(hit.Highlighter("\"peace plan\"").MatchingQuotes(hit.Doc, hit.Quotes));
    }

    [Fact]
    public void Overlapping_phrase_matches_coalesce_into_one_mark_so_marks_never_overlap()
    {
        using var hit = new Hit("Peace plan, peace plan and plan peace");
        var title = hit.Highlighter("\"peace plan\" OR \"plan peace\"").Title(hit.Doc, hit.Title);
        var marks = title.Marks;
        Assert.All(marks.Zip(marks.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal("[Peace plan, peace plan] and [plan peace]", Render(title));
    }

    [Fact]
    public void Marks_are_html_encoded_with_the_text()
    {
        using var hit = new Hit("Peace & <quiet> at last");
        Assert.Equal("<mark>Peace</mark> &amp; &lt;<mark>quiet</mark>&gt; at last",
            hit.Highlighter("peace quiet").Title(hit.Doc, hit.Title).ToHtml());
    }

    private static LuceneQuery Parse(string query) =>
        new ClassicParser(NewsAnalyzer.Version, ["title", "body", "quote"], Analyzer).Parse(query);

    private static string Body(string query, string body) => Snippet(query, body, 1000);

    private static string Snippet(string query, string body, int words)
    {
        using var hit = new Hit(body: body);
        return Render(hit.Highlighter(query, words).Snippet(hit.Doc, hit.Body));
    }

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

    /// <summary>
    /// An article indexed as the indexer indexes it, in a second segment after an unrelated article (which holds query
    /// words too, at other offsets), with its title, body and quotes as stored.
    /// </summary>
    private sealed class Hit : IDisposable
    {
        private readonly RAMDirectory _directory = new();
        private readonly DirectoryReader _reader;

        public Hit(string title = "", string body = "", params string[] quotes)
        {
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(NewsAnalyzer.Version, Analyzer)))
            {
                writer.AddDocument(Document("other", "Peace talks: negotiators plan oil", "Nunez said the peace plan held; prices rose.", ["Peace now, peace plan"]));
                writer.Commit();
                writer.AddDocument(Document("hit", title, body, quotes));
            }
            _reader = DirectoryReader.Open(_directory);
            Doc = 1;
            var stored = _reader.Document(Doc);
            (Title, Body, Quotes) = (stored.Get("title"), stored.Get("body"), stored.GetValues("quote"));
            Assert.Equal(2, _reader.Leaves.Count);
        }

        public int Doc { get; }
        public string Title { get; }
        public string Body { get; }
        public IReadOnlyList<string> Quotes { get; }

        public HitHighlighter Highlighter(string query, int snippetWords = HitHighlighter.SnippetWords) => Highlighter(Parse(query), snippetWords);

        public HitHighlighter Highlighter(LuceneQuery query, int snippetWords = HitHighlighter.SnippetWords) =>
            new(query, _reader, snippetWords);

        private static Lucene.Net.Documents.Document Document(string id, string title, string body, string[] quotes)
        {
            var article = new Article
            {
                Id = id, SourcePath = id + ".txt", Title = title, Text = body, ContentHash = id,
                Quotes = quotes.Select(q => new Quote(q, null, 0, q.Length)).ToList(),
            };
            return ArticleDocuments.ForArticle(new AnalyzedArticle(article, new FingerprintBuilder().Build(article)), 0);
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }
    }
}
