namespace SearchEngine.Web.Rendering;

/// <summary>
/// HTML that is already safe to emit. Only this type is written unencoded by <see cref="HtmlBuilder"/>; every string is
/// encoded. Made by the builder itself, or by <see cref="Html.Trusted"/> for the searcher's highlighted fragments.
/// </summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new("");

    public override string ToString() => Value ?? "";
}
