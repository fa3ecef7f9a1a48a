using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Search;

/// <summary>
/// A link to another search state: a plain link without JavaScript; with htmx, a GET that swaps only the results and
/// facets and pushes the URL (the target and push come from the results container).
/// </summary>
public static class SwapLink
{
    public static Markup Attributes(string url) => Html.Of($"""href="{url}" hx-get="{url}" """);
}
