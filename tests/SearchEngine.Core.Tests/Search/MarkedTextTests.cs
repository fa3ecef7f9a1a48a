using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

public sealed class MarkedTextTests
{
    [Fact]
    public void Plain_text_is_only_html_encoded()
    {
        Assert.Equal("Tom &amp; Jerry say &quot;hi&quot;", MarkedText.Plain("Tom & Jerry say \"hi\"").ToHtml());
    }

    [Fact]
    public void Markup_in_the_text_is_encoded_and_never_passed_through()
    {
        var text = new MarkedText("<script>alert(1)</script> peace", [new TextMark(26, 5)]);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>peace</mark>", text.ToHtml());
    }

    [Fact]
    public void Marks_become_mark_elements_and_nothing_else_is_added()
    {
        var text = new MarkedText("a < b & the peace plan", [new TextMark(4, 1), new TextMark(12, 10)]);
        Assert.Equal("a &lt; <mark>b</mark> &amp; the <mark>peace plan</mark>", text.ToHtml());
    }

    [Fact]
    public void Text_inside_a_mark_is_encoded_too()
    {
        Assert.Equal("<mark>AT&amp;T</mark> rose", new MarkedText("AT&T rose", [new TextMark(0, 4)]).ToHtml());
    }

    [Fact]
    public void Marks_past_the_end_or_overlapping_an_earlier_one_are_clipped()
    {
        var text = new MarkedText("oil prices", [new TextMark(0, 5), new TextMark(2, 3), new TextMark(8, 40)]);
        Assert.Equal("<mark>oil p</mark>ric<mark>es</mark>", text.ToHtml());
    }

    [Fact]
    public void Two_marked_texts_with_the_same_text_and_marks_are_equal()
    {
        Assert.Equal(new MarkedText("oil", [new TextMark(0, 3)]), new MarkedText("oil", new List<TextMark> { new(0, 3) }));
        Assert.NotEqual(new MarkedText("oil", [new TextMark(0, 3)]), MarkedText.Plain("oil"));
    }
}
