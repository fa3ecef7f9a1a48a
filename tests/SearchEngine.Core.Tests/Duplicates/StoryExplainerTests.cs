using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using Shouldly;

namespace SearchEngine.Core.Tests.Duplicates;

public class StoryExplainerTests
{
    [Fact]
    public void A_person_spelled_differently_by_each_article_is_one_shared_person_with_the_fuller_name()
    {
        var a = Make("Talks in Geneva", "Volodymyr Zelenskyy met envoys. Later Zelenskyy spoke again.", persons: [["Volodymyr Zelenskyy", "Zelenskyy"]]);
        var b = Make("Geneva talks", "President Zelenskiy said the talks would go on.", persons: [["Zelenskiy"]]);

        var person = StoryExplainer.Explain(a, b).Persons.Items.ShouldHaveSingleItem();
        person.Name.ShouldBe("Volodymyr Zelenskyy");
        (person.MentionsA, person.MentionsB).ShouldBe((2, 1));
        StoryExplainer.Explain(b, a).Persons.Items.ShouldHaveSingleItem().Name.ShouldBe("Volodymyr Zelenskyy");
    }

    [Fact]
    public void A_surname_two_full_names_share_is_not_matched_to_either()
    {
        var a = Make("Visit", "Trump arrived. Trump left.", persons: [["Trump"]]);
        var b = Make("Visit", "Donald Trump and Melania Trump arrived.", persons: [["Donald Trump"], ["Melania Trump"]]);

        StoryExplainer.Explain(a, b).Persons.Total.ShouldBe(0);
    }

    [Fact]
    public void A_quotation_both_carry_is_shared_with_its_words_and_speaker()
    {
        var a = Make("Allies warn", "European allies said that “borders must not be changed by force” after the meeting.",
            quotes: [("borders must not be changed by force", "Kaja Kallas")]);
        var b = Make("Allies object", "“Borders must not be changed by force, ever,” the statement read.",
            quotes: [("Borders must not be changed by force, ever,", null)]);

        var quote = StoryExplainer.Explain(a, b).Quotes.Items.ShouldHaveSingleItem();
        quote.Text.ShouldBe("borders must not be changed by force");
        quote.Speaker.ShouldBe("Kaja Kallas");
        quote.Words.ShouldBe(7);
    }

    [Fact]
    public void Quotations_that_share_no_four_words_are_not_shared()
    {
        var a = Make("Kyiv", "Yermak said “not a single sane person” would sign.", quotes: [("not a single sane person", "Andriy Yermak")]);
        var b = Make("Kyiv", "Yermak said “no sane leader” would sign.", quotes: [("no sane leader", "Andriy Yermak")]);

        StoryExplainer.Explain(a, b).Quotes.Total.ShouldBe(0);
    }

    [Fact]
    public void Numbers_both_give_are_shown_as_the_first_article_writes_them()
    {
        var a = Make("Deal", "The fund holds $1.5 billion under a 28-point plan; 5 envoys and 40% of voters agree. It began in 2019.");
        var b = Make("Deal", "A 28 point plan backed by 1.5 billion dollars. Some 5 envoys met and 40 percent agree.");

        var numbers = StoryExplainer.Explain(a, b).Numbers;
        numbers.Items.ShouldBe(["$1.5 billion", "28", "40%"], ignoreOrder: true);
        numbers.Total.ShouldBe(3);
    }

    [Fact]
    public void Names_both_use_leave_out_persons_and_titles()
    {
        var a = Make("Talks", "Envoys met President Donald Trump in Geneva on Crimea, and then in Moscow.", persons: [["Donald Trump"]]);
        var b = Make("Talks", "In Geneva, President Donald Trump discussed Crimea.", persons: [["Donald Trump"]]);

        StoryExplainer.Explain(a, b).Names.Items.ShouldBe(["Geneva", "Crimea"], ignoreOrder: true);
    }

    [Fact]
    public void Two_events_of_one_topic_show_the_evidence_against()
    {
        var a = Make("Storm hits coast", "A storm killed 14 people in Galveston. Mayor Ellen Marsh said the storm was the worst. Marsh asked for aid.",
            date: new DateOnly(2025, 3, 1), persons: [["Ellen Marsh", "Marsh"]], quotes: [("the worst in memory", "Ellen Marsh")]);
        var b = Make("Storm hits coast", "A storm killed 230 people in Galveston. Governor Tom Reyes declared an emergency. Reyes flew in.",
            date: new DateOnly(2025, 3, 20), persons: [["Tom Reyes", "Reyes"]]);

        var evidence = StoryExplainer.Explain(a, b);

        evidence.DaysApart.ShouldBe(19);
        evidence.DatesFarApart.ShouldBeTrue();
        evidence.Against.Items.ShouldContain(new OneSidedEvidence(EvidenceSide.A, EvidenceKind.Person, "Ellen Marsh", 2));
        evidence.Against.Items.ShouldContain(new OneSidedEvidence(EvidenceSide.B, EvidenceKind.Person, "Tom Reyes", 2));
        evidence.Against.Items.ShouldContain(e => e.Side == EvidenceSide.A && e.Kind == EvidenceKind.Number && e.Text == "14");
        evidence.Against.Items.ShouldContain(e => e.Side == EvidenceSide.B && e.Kind == EvidenceKind.Number && e.Text == "230");
        evidence.Persons.Total.ShouldBe(0);
        evidence.TitleSimilarity.ShouldBe(1);
    }

    [Fact]
    public void A_person_the_other_article_writes_without_extracting_is_not_evidence_against()
    {
        var a = Make("Vote", "Senator Alma Ruiz voted no. Ruiz said she would not change her mind.", persons: [["Alma Ruiz", "Ruiz"]]);
        var b = Make("Vote", "The bill failed after a no vote from Ruiz.");

        StoryExplainer.Explain(a, b).Against.Total.ShouldBe(0);
    }

    [Fact]
    public void Rewrites_a_day_apart_have_no_evidence_against_and_say_how_far_apart_they_are()
    {
        var a = Make("Deal", "Officials agreed a 19-point plan.", date: new DateOnly(2025, 11, 21));
        var b = Make("Deal", "A 19-point plan was agreed by officials.", date: new DateOnly(2025, 11, 22));

        var evidence = StoryExplainer.Explain(a, b);
        evidence.DaysApart.ShouldBe(1);
        evidence.DatesFarApart.ShouldBeFalse();
        evidence.Against.Total.ShouldBe(0);
    }

    [Fact]
    public void Undated_articles_have_no_days_apart()
    {
        var evidence = StoryExplainer.Explain(Make("A", "Text one.", date: new DateOnly(2025, 1, 1)), Make("B", "Text two."));
        evidence.DaysApart.ShouldBeNull();
        evidence.DatesFarApart.ShouldBeFalse();
    }

    [Fact]
    public void Copied_passages_are_found_and_their_words_counted()
    {
        var shared = TestTexts.Join(TestTexts.Words(15, 61));
        var a = Make("A", TestTexts.Join(TestTexts.Words(20, 62)) + ". " + shared + ".");
        var b = Make("B", shared + ". " + TestTexts.Join(TestTexts.Words(20, 63)));

        var evidence = StoryExplainer.Explain(a, b);
        evidence.Passages.ShouldHaveSingleItem().Words.ShouldBe(15);
        evidence.PassageWords.ShouldBe(15);
        a.Text[evidence.Passages[0].A.Start..evidence.Passages[0].A.End].ShouldBe(shared);
    }

    [Fact]
    public void Title_similarity_is_the_overlap_of_content_words()
    {
        var evidence = StoryExplainer.Explain(Make("Trump’s Plan To End The Russia War", "x"), Make("The peace plan for the war in Russia", "y"));

        evidence.TitleWords.ShouldBe(["Plan", "Russia", "War"], ignoreOrder: true);
        // {trumps, plan, end, russia, war} and {peace, plan, war, russia}: 3 shared of 6.
        evidence.TitleSimilarity.ShouldBe(0.5);
    }

    [Fact]
    public void Each_kind_of_evidence_is_bounded_but_keeps_its_total()
    {
        var numbers = string.Join(", ", Enumerable.Range(11, 8));
        var evidence = StoryExplainer.Explain(Make("A", "Counts were " + numbers + "."), Make("B", "They counted " + numbers + "."));

        evidence.Numbers.Total.ShouldBe(8);
        evidence.Numbers.Items.Count.ShouldBe(StoryExplainer.MaxItems);
    }

    [Fact]
    public void Shared_persons_come_rarest_name_first()
    {
        const string text = "Donald Trump sent Steve Witkoff. Trump and Witkoff met Andriy Yermak.";
        string[][] persons = [["Donald Trump", "Trump"], ["Steve Witkoff", "Witkoff"], ["Andriy Yermak"]];
        var evidence = StoryExplainer.Explain(Make("A", text, persons: persons), Make("B", text, persons: persons));

        evidence.Persons.Items.Select(p => p.Name).Last().ShouldBe("Donald Trump");
    }

    /// <summary>An article as extraction would give it: each person by its forms (the first its name), keyed by <see cref="PersonKey"/>, with every mention found in the text.</summary>
    private static Article Make(string title, string text, DateOnly? date = null, string[][]? persons = null, (string Text, string? Speaker)[]? quotes = null) => new()
    {
        Id = Guid.NewGuid().ToString("N")[..16],
        SourcePath = "test.txt",
        Title = title,
        Text = text,
        Date = date,
        ContentHash = "0",
        Persons = [.. (persons ?? []).Select(forms => new Person(forms[0], PersonKey.For(forms[0]), forms[1..], Mentions(text, forms)))],
        Quotes = [.. (quotes ?? []).Select(q => new Quote(q.Text, q.Speaker, Math.Max(0, text.IndexOf(q.Text, StringComparison.Ordinal)), Math.Max(0, text.IndexOf(q.Text, StringComparison.Ordinal)) + q.Text.Length))],
    };

    private static List<Mention> Mentions(string text, string[] forms)
    {
        var mentions = new List<Mention>();
        foreach (var form in forms.OrderByDescending(f => f.Length))
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
                if (!mentions.Exists(m => at >= m.Start && at < m.End)) mentions.Add(new Mention(form, at, at + form.Length));
        return [.. mentions.OrderBy(m => m.Start)];
    }
}
