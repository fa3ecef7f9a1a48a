using System.Net;
using System.Text;

namespace SearchEngine.Core.Search;

/// <summary>
/// Plain text and the character ranges in it that a query matched (sorted, not overlapping). The text is never
/// markup: <see cref="ToHtml"/> is the one place marks become HTML. Two values are equal when their text and marks are.
/// </summary>
public sealed record MarkedText(string Text, IReadOnlyList<TextMark> Marks)
{
    /// <summary>Text with nothing marked.</summary>
    public static MarkedText Plain(string text) => new(text, []);

    /// <summary>
    /// The text HTML-encoded (<see cref="WebUtility.HtmlEncode(string)"/>) with each mark wrapped in
    /// <c>&lt;mark&gt;…&lt;/mark&gt;</c>; no other markup is added. A mark out of order or past the text is clipped.
    /// </summary>
    public string ToHtml()
    {
        if (Marks.Count == 0) return WebUtility.HtmlEncode(Text);
        var html = new StringBuilder(Text.Length + Marks.Count * 16);
        var copied = 0;
        foreach (var mark in Marks)
        {
            var start = Math.Clamp(mark.Start, copied, Text.Length);
            var end = Math.Clamp(mark.End, start, Text.Length);
            if (end == start) continue;
            html.Append(WebUtility.HtmlEncode(Text[copied..start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(Text[start..end])).Append("</mark>");
            copied = end;
        }
        return html.Append(WebUtility.HtmlEncode(Text[copied..])).ToString();
    }

    public bool Equals(MarkedText? other) =>
        other is not null && Text == other.Text && Marks.SequenceEqual(other.Marks);

    public override int GetHashCode() => HashCode.Combine(Text, Marks.Count);
}
