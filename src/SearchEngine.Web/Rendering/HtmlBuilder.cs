using System.Runtime.CompilerServices;
using System.Text;

namespace SearchEngine.Web.Rendering;

/// <summary>Accumulates markup; <see cref="Add"/> takes an interpolated string whose holes are encoded.</summary>
public sealed class HtmlBuilder
{
    internal StringBuilder Builder { get; } = new(4096);

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler handler) => this;

    public HtmlBuilder Add(Markup markup)
    {
        Builder.Append(markup.Value);
        return this;
    }

    public Markup ToMarkup() => new(Builder.ToString());

    public override string ToString() => Builder.ToString();
}
