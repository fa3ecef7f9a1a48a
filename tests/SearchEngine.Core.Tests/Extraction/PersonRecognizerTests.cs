using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class PersonRecognizerTests
{
    private static IReadOnlyList<Person> Recognize(string text) => new PersonRecognizer().Recognize(text);

    [Fact]
    public void Surname_after_a_full_name_is_the_same_person()
    {
        var persons = Recognize("Russian President Vladimir Putin met the envoy. Putin said the talks were useful.");

        var putin = Assert.Single(persons);
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal(["Vladimir Putin", "Putin"], putin.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Titles_and_honorifics_are_not_part_of_the_mention_and_merge_with_the_full_name()
    {
        var persons = Recognize("President Donald Trump spoke on Monday. Later Mr Trump left, and President Trump returned.");

        var trump = Assert.Single(persons);
        Assert.Equal("Donald Trump", trump.Name);
        Assert.All(trump.Mentions.Skip(1), m => Assert.Equal("Trump", m.Text));
        Assert.Equal(3, trump.Mentions.Count);
    }

    [Fact]
    public void Mention_offsets_point_into_the_text()
    {
        const string text = "Talks went on. Andriy Yermak, chief of staff, said no.";
        var mention = Assert.Single(Assert.Single(Recognize(text)).Mentions);

        Assert.Equal("Andriy Yermak", text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_place_next_to_a_speech_verb_is_not_a_person()
    {
        var persons = Recognize("Moscow said it had received the plan. Kyiv insisted on a referendum, and Washington warned against delay.");

        Assert.Empty(persons);
    }

    [Fact]
    public void A_heading_in_title_case_is_not_a_person()
    {
        var persons = Recognize("Key Diplomatic Developments\nUkraine Fiercely Rejects Territorial Concessions\nThe talks continued in Geneva.");

        Assert.Empty(persons);
    }

    [Fact]
    public void A_sentence_starting_with_a_capitalised_word_names_nobody()
    {
        var persons = Recognize("Supporters say the world is desperate for stability. However, critics disagree. Sources told reporters nothing.");

        Assert.Empty(persons);
    }

    [Fact]
    public void Organisations_institutions_and_months_are_not_persons()
    {
        var persons = Recognize(
            "The Kremlin confirmed the talks in November. The Pentagon said nothing. Keycorp said it would buy the bank, and Keycorp shares rose.");

        Assert.Empty(persons);
    }

    [Fact]
    public void An_outlet_with_an_article_is_not_a_person()
    {
        var persons = Recognize("This morning, Bill Kristol of The Bulwark reported rumors.");

        Assert.Equal(["Bill Kristol"], persons.Select(p => p.Name));
    }

    [Fact]
    public void A_job_noun_before_an_unknown_name_marks_a_person()
    {
        var persons = Recognize("EU foreign policy chief Kaja Kallas warned any settlement must have Kyiv's agreement.");

        Assert.Equal(["Kaja Kallas"], persons.Select(p => p.Name));
    }

    [Fact]
    public void A_surname_reading_as_an_ordinary_word_is_kept_after_a_given_name()
    {
        var persons = Recognize("Senator Angus King spoke. Later, King said the plan was a wish list.");

        var king = Assert.Single(persons);
        Assert.Equal("Angus King", king.Name);
        Assert.Equal(2, king.Mentions.Count);
    }

    [Fact]
    public void A_film_title_beginning_with_a_given_name_is_not_a_person()
    {
        var persons = Recognize("She starred in the Colombian drama Maria Full of Grace last year.");

        Assert.Empty(persons);
    }

    [Fact]
    public void Spelling_variants_in_one_article_are_one_person()
    {
        var persons = Recognize("Volodymyr Zelenskyy spoke first. Then Volodymyr Zelensky thanked the allies, and Zelenskiy left.");

        var person = Assert.Single(persons);
        Assert.Equal(3, person.Mentions.Count);
        Assert.Equal("volodymyr zelensky", person.Key);
    }
}
