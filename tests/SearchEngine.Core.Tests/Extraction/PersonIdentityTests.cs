using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Tests.Extraction;

/// <summary>
/// Who a surname, a title or an honorific points to inside one article: the person introduced first, never a relative
/// whose given name contradicts a Mr or a Mrs; names in line-ups, after Mr, and repeated without a cue.
/// </summary>
public sealed class PersonIdentityTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static Article Extract(string body) =>
        Assert.Single(Extractor.Extract(new SourceDocument("a.txt", "Headline\n\n" + body, "", SourceMetadata.Empty)));

    [Fact]
    public void Mr_Trump_beside_only_Melania_Trump_is_not_her_and_his_quotes_are_not_hers()
    {
        var article = Extract("Mr. Trump said that the talks went well. He thanked first lady Melania Trump for the visit.\n\n"
                              + "\u201cWe have a great relationship,\u201d Mr. Trump said.");
        var melania = Assert.Single(article.Persons, p => p.Name == "Melania Trump");
        Assert.All(melania.Mentions, m => Assert.DoesNotContain("Mr.", article.Text[Math.Max(0, m.Start - 4)..m.Start]));
        var quote = Assert.Single(article.Quotes);
        Assert.NotEqual("Melania Trump", quote.Speaker);
        Assert.Equal("Trump", quote.Speaker);
    }

    [Fact]
    public void Mrs_Clinton_goes_to_Hillary_and_Mr_Clinton_to_Bill_when_both_are_named()
    {
        var article = Extract("On Monday former president Bill Clinton and Hillary Clinton arrived together. \u201cIt is good to be back,\u201d Mrs. Clinton said. "
                              + "\u201cWe missed this town,\u201d Mr. Clinton said.");
        Assert.Equal(["Hillary Clinton", "Bill Clinton"], article.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_bare_surname_means_the_person_introduced_first()
    {
        var article = Extract("Donald Trump met Benjamin Netanyahu at the White House, with Melania Trump beside them. "
                              + "Later Trump told Netanyahu to hold back on settlements.");
        var donald = Assert.Single(article.Persons, p => p.Name == "Donald Trump");
        Assert.Equal(2, donald.Mentions.Count);
    }

    [Fact]
    public void An_ordinary_word_after_Mr_is_a_surname_everywhere_in_the_article()
    {
        var article = Extract("Chief executive Steve Jobs showed the machine. It was described by Jobs as important. Mr Jobs also unveiled a player.");
        var jobs = Assert.Single(article.Persons);
        Assert.Equal("Steve Jobs", jobs.Name);
        Assert.Equal(3, jobs.Mentions.Count);
    }

    [Fact]
    public void A_line_up_names_everyone_on_it_and_nothing_in_its_parentheses()
    {
        var article = Extract("Wales beat Italy in Rome on Saturday.\n\nG Thomas (capt); H Luscombe, T Shanklin, G Henson, S Williams; "
                              + "S Jones, D Peel; CA del Fava, KP Robertson.\n\nDimitri Yachvili (Biarritz), Yann Delaigue (Castres), Damien Traille (Stade Toulousain)");
        var names = article.Persons.Select(p => p.Name).ToHashSet();
        foreach (var name in new[] { "G Thomas", "H Luscombe", "G Henson", "D Peel", "CA del Fava", "KP Robertson", "Dimitri Yachvili", "Damien Traille" })
            Assert.Contains(name, names);
        Assert.DoesNotContain("Stade Toulousain", names);
    }

    [Fact]
    public void Bylines_sign_offs_and_photo_credits_are_not_persons_named()
    {
        var article = Extract("Tom Vanden Brook\n\nThe senator spoke to reporters. (Jim Bourg/Reuters)\n\nJoe Biden said the plan would pass.\n\n"
                              + "Dave Boyer contributed to this report.");
        Assert.Equal(["Joe Biden"], article.Persons.Select(p => p.Name));
    }

    [Fact]
    public void Each_surname_in_a_hyphenated_compound_is_a_mention_of_its_person()
    {
        var article = Extract("House leader Nancy Pelosi and Senate leader Chuck Schumer met President Donald Trump. "
                              + "\u201cThe Pelosi-Schumer-Trump deal is bad,\u201d a senator said.");
        foreach (var name in new[] { "Nancy Pelosi", "Chuck Schumer", "Donald Trump" })
            Assert.Equal(2, Assert.Single(article.Persons, p => p.Name == name).Mentions.Count);
        var pelosi = Assert.Single(article.Persons, p => p.Name == "Nancy Pelosi").Mentions[1];
        Assert.Equal("Pelosi", article.Text[pelosi.Start..pelosi.End]);
    }

    [Fact]
    public void A_full_name_repeated_without_a_cue_is_still_the_person_a_cue_vouched_for()
    {
        var article = Extract("Joss Stone, a 17-year-old soul singer from Devon, won the award. If Joss Stone is the closest thing, so be it.");
        Assert.Equal(2, Assert.Single(article.Persons).Mentions.Count);
    }
}
