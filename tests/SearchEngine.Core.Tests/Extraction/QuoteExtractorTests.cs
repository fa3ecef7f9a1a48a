using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Quotes(string text) =>
        new QuoteExtractor().Extract(text, new PersonRecognizer().Recognize(text));

    [Fact]
    public void Speaker_after_the_quote_is_found_both_ways_round()
    {
        var quotes = Quotes("Marco Rubio spoke in Geneva. “I feel very optimistic,” Rubio said. “It was worthwhile,” said Rubio.");

        Assert.Equal(["Marco Rubio", "Marco Rubio"], quotes.Select(q => q.Speaker));
        Assert.Equal("I feel very optimistic", quotes[0].Text);
    }

    [Theory]
    [InlineData("“This is what a president looks like,” Putin said.")]
    [InlineData("\"It is a war we fight for,\" Putin said.")]
    public void A_quotation_ending_in_a_preposition_is_still_the_speaker_s(string sentence)
    {
        var quote = Assert.Single(Quotes("Russian President Vladimir Putin spoke on Monday. " + sentence));
        Assert.Equal("Vladimir Putin", quote.Speaker);
    }

    [Theory]
    [InlineData("Chief executive Steve Jobs showed the machine, and Mr Jobs smiled. The machine was described by Jobs as “bring your own display, keyboard and mouse”.", "Steve Jobs")]
    [InlineData("“Mr Liedtke is an outstanding addition to our board,” said Gulf and Western chairman Martin Davis.", "Martin Davis")]
    [InlineData("Rep. Chris Smith voted no. “The overriding concern I have is the Medicaid expansion,” Smith, whose home state of New Jersey accepted it, told the paper.", "Chris Smith")]
    [InlineData("Sen. Bob Corker, R-Tenn., told CNN’s “State of the Union” that the shutdown was “unnecessary and juvenile” today.", "Bob Corker")]
    public void Attributions_the_rules_read_across_a_passive_an_organisation_an_apposition_or_a_quoted_title(string text, string speaker) =>
        Assert.Equal(speaker, Quotes(text).Last().Speaker);

    [Fact]
    public void Offsets_cover_the_quoted_words_without_the_marks()
    {
        const string text = "Jane Doe said: \"We will win.\"";
        var quote = Assert.Single(Quotes(text));

        Assert.Equal("We will win.", text[quote.Start..quote.End]);
        Assert.Equal("Jane Doe", quote.Speaker);
    }

    [Fact]
    public void A_name_and_colon_before_the_quote_attributes_it()
    {
        var quotes = Quotes("Press Secretary Karoline Leavitt briefed reporters.\nLeavitt: “It's ongoing and it's in flux.”");

        Assert.Equal("Karoline Leavitt", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void According_to_and_told_attribute_the_quote()
    {
        var quotes = Quotes(
            "According to Kirill Dmitriev, “the position is being heard.” Senator Angus King said Rubio told them the plan “was not the administration’s plan.”");

        Assert.Equal("Kirill Dmitriev", quotes[0].Speaker);
        Assert.Equal("Rubio", quotes[1].Speaker);
    }

    [Fact]
    public void A_pronoun_points_back_to_the_last_named_speaker()
    {
        var quotes = Quotes("“We condemn this violence,” Trump said on Monday. Reporters pressed on. “They have been condemned,” he said.");

        Assert.All(quotes, q => Assert.Equal("Trump", q.Speaker));
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_their_quotation()
    {
        var quotes = Quotes("“Is this ‘peace plan’ Russian or American?” journalist Anne Applebaum asked.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Is this ‘peace plan’ Russian or American?", quote.Text);
        Assert.Equal("Anne Applebaum", quote.Speaker);
    }

    [Fact]
    public void A_scare_quote_is_kept_but_not_attributed_unless_the_text_says_so()
    {
        var quotes = Quotes("Andriy Yermak arrived. The plan included “de facto” recognition of Crimea.");

        var quote = Assert.Single(quotes);
        Assert.Equal("de facto", quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_quote_attributed_to_an_institution_has_no_person_speaker()
    {
        var quotes = Quotes("Donald Trump called Mike Pompeo. The call was “an example of cooperation,” the White House said.");

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_title_in_quotes_is_not_speech()
    {
        var quotes = Quotes("Speaking on CBS’ “Face the Nation,” Reince Priebus said every Republican must help.");

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_place_in_quotes_next_to_a_speech_verb_gets_no_person()
    {
        var quotes = Quotes("“Talks will continue,” Moscow said.");

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_paragraph_of_quotation_after_an_attributed_one_continues_the_speaker()
    {
        var quotes = Quotes("“I would find someone to negotiate,” John McCain said.\n\n“It is very important that we push hard.”");

        Assert.Equal(["John McCain", "John McCain"], quotes.Select(q => q.Speaker));
    }
}
