using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SearchEngine.Web.Rendering;

/// <summary>
/// Interpolated strings for HTML: the literal parts are the template, and every hole is HTML-encoded unless it is
/// <see cref="Markup"/>. Forgetting to encode is therefore not possible by accident.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolatedStringHandler
{
    private readonly StringBuilder _builder;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + formattedCount * 16);
    }

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, HtmlBuilder target)
    {
        _builder = target.Builder;
    }

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(Markup value) => _builder.Append(value.Value);

    public void AppendFormatted(string? value) => _builder.Append(Html.Encode(value));

    public void AppendFormatted(int value) => _builder.Append(value.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(int value, string format) => _builder.Append(value.ToString(format, CultureInfo.InvariantCulture));

    public void AppendFormatted(double value, string format) => _builder.Append(value.ToString(format, CultureInfo.InvariantCulture));

    public void AppendFormatted<T>(T value) =>
        _builder.Append(Html.Encode(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString()));

    internal Markup ToMarkup() => new(_builder.ToString());
}
