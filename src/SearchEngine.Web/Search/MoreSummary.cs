using System.Globalization;
using SearchEngine.Core.Search;
using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Search;

/// <summary>
/// The line under a grouped row that opens the rest of its cluster. It names an outlet only for the articles that are
/// from it: "+2 more from Newsmax" when both are, "+2 more: 1 from Newsmax, 1 from Fox News" when not, and counts
/// the outlets once there are too many to name.
/// </summary>
public static class MoreSummary
{
    /// <summary>Up to this many outlets (articles of unknown outlet counting as one more) are named, each with its count.</summary>
    public const int NamedOutlets = 3;

    public static string Describe(IReadOnlyList<ArticleSummary> more)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var head = "+" + N(more.Count) + " more";
        var known = more.Where(m => !string.IsNullOrWhiteSpace(m.Outlet))
            .GroupBy(m => m.Outlet!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Outlet: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Outlet, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var unknown = more.Count - known.Sum(g => g.Count);

        if (known.Count == 0) return $"{head}, outlet unknown";
        if (known.Count == 1 && unknown == 0) return $"{head} from {known[0].Outlet}";
        if (known.Count > NamedOutlets - (unknown > 0 ? 1 : 0))
        {
            var outlets = Words.Count(known.Count, "outlet");
            return unknown == 0
                ? $"{head} from {outlets}"
                : $"{head}: {N(more.Count - unknown)} from {outlets}, {N(unknown)} outlet unknown";
        }
        var parts = known.Select(g => $"{N(g.Count)} from {g.Outlet}").ToList();
        if (unknown > 0) parts.Add($"{N(unknown)} outlet unknown");
        return $"{head}: {string.Join(", ", parts)}";
    }
}
