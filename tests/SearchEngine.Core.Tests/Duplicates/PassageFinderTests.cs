using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

public class PassageFinderTests
{
    [Fact]
    public void A_shared_paragraph_is_found_with_exact_offsets_in_both_texts()
    {
        var shared = TestTexts.Join(TestTexts.Words(30, 40));
        var a = TestTexts.Join(TestTexts.Words(50, 41)) + ". " + shared + ". " + TestTexts.Join(TestTexts.Words(20, 42));
        var b = "Intro line.\n" + shared.ToUpperInvariant() + "\n" + TestTexts.Join(TestTexts.Words(40, 43));

        var passage = PassageFinder.Find(a, b).ShouldHaveSingleItem();
        a[passage.A.Start..passage.A.End].ShouldBe(shared);
        b[passage.B.Start..passage.B.End].ShouldBe(shared.ToUpperInvariant());
        passage.Words.ShouldBe(30);
    }

    [Fact]
    public void Passages_shorter_than_the_minimum_are_ignored()
    {
        var shared = TestTexts.Join(TestTexts.Words(20, 44));
        var a = TestTexts.Join(TestTexts.Words(30, 45)) + " " + shared;
        var b = shared + " " + TestTexts.Join(TestTexts.Words(30, 46));
        PassageFinder.Find(a, b).ShouldBeEmpty();
        PassageFinder.Find(a, b, minWords: 15).ShouldHaveSingleItem().Words.ShouldBe(20);
    }

    [Fact]
    public void Two_separate_passages_are_reported_separately()
    {
        var first = TestTexts.Words(30, 47);
        var second = TestTexts.Words(30, 48);
        var a = TestTexts.Join([.. first, .. TestTexts.Words(10, 49), .. second]);
        var b = TestTexts.Join([.. second, .. TestTexts.Words(10, 50), .. first]);
        PassageFinder.Find(a, b).Select(p => p.Words).ShouldBe([30, 30]);
    }

    [Fact]
    public void A_paragraph_repeated_inside_one_text_is_found_once()
    {
        var paragraph = TestTexts.Join(TestTexts.Words(35, 51));
        var text = paragraph + "\n\n" + TestTexts.Join(TestTexts.Words(40, 52)) + "\n\n" + paragraph;
        var passage = PassageFinder.FindWithin(text).ShouldHaveSingleItem();
        passage.A.Start.ShouldBe(0);
        text[passage.B.Start..passage.B.End].ShouldBe(paragraph);
    }
}
