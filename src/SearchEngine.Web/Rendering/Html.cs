using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SearchEngine.Web.Rendering;

/// <summary>The one encoder of the web app. Encodes &lt; &gt; &amp; and both quote marks, so text is safe in content and attributes.</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>
    /// Marks a fragment as safe. Only for HTML the searcher produced (<c>TitleHtml</c>, <c>SnippetHtml</c>, quote
    /// <c>TextHtml</c>): article text encoded by Core, with nothing added but <c>&lt;mark&gt;</c>.
    /// </summary>
    public static Markup Trusted(string html) => new(html);

    /// <summary>Builds markup with an interpolated string whose holes are encoded unless they are <see cref="Markup"/>.</summary>
    public static Markup Of(HtmlInterpolatedStringHandler handler) =>
        handler.ToMarkup();

    /// <summary>The " · " between the parts of a line of metadata; hidden from screen readers, which pause anyway.</summary>
    public static Markup Separator { get; } = new("""<span class="sep" aria-hidden="true"> · </span>""");

    /// <summary>The parts with one <see cref="Separator"/> between each two and none before the first or after the last.</summary>
    public static Markup Join(IEnumerable<Markup> parts)
    {
        var html = new HtmlBuilder();
        var first = true;
        foreach (var part in parts)
        {
            if (!first) html.Add(Separator);
            html.Add(part);
            first = false;
        }
        return html.ToMarkup();
    }
}
