using System.Globalization;

namespace SearchEngine.Web.Search;

/// <summary>
/// How bar heights stand for counts. Linear while the smallest bar is at least a tenth of the largest; beyond that
/// (a year of 20,000 articles beside years of 40) logarithmic, so a small bar stays visible and comparable, and the
/// chart says so. Gridlines at round counts carry compact labels ("10k"), which cannot be read as dates.
/// </summary>
public sealed class HistogramScale
{
    /// <summary>The largest count over the smallest non-zero count above which the scale is logarithmic.</summary>
    public const int LogAboveRatio = 10;

    private HistogramScale(int max, bool isLog) => (Max, IsLog) = (max, isLog);

    public int Max { get; }
    public bool IsLog { get; }

    public static HistogramScale For(IEnumerable<int> counts)
    {
        var nonZero = counts.Where(c => c > 0).ToList();
        if (nonZero.Count == 0) return new HistogramScale(1, isLog: false);
        var (min, max) = (nonZero.Min(), nonZero.Max());
        return new HistogramScale(max, isLog: max > (long)min * LogAboveRatio);
    }

    /// <summary>A count's height as a fraction of the tallest bar's (0 for 0).</summary>
    public double Fraction(int count) =>
        count <= 0 ? 0 : IsLog ? Math.Log10(1 + count) / Math.Log10(1 + Max) : (double)count / Max;

    /// <summary>
    /// Round counts to draw gridlines at, up to the largest count: powers of ten on a log scale, else steps of 1, 2 or
    /// 5 times a power of ten (two to five lines). <paramref name="height"/> (the tallest bar in pixels) drops a line
    /// closer than <paramref name="minSpacing"/> to the baseline or to the line below it.
    /// </summary>
    public IReadOnlyList<int> Gridlines(double height, double minSpacing)
    {
        var values = new List<int>();
        if (IsLog)
            for (long v = 1; v <= Max; v *= 10) values.Add((int)v);
        else
        {
            var step = NiceStep(Max / 4.0);
            for (long v = step; v <= Max; v += step) values.Add((int)v);
        }

        var kept = new List<int>();
        var below = 0.0;
        foreach (var value in values)
        {
            var y = Fraction(value) * height;
            if (y - below < minSpacing) continue;
            kept.Add(value);
            below = y;
        }
        return kept;
    }

    /// <summary>The smallest of 1, 2 or 5 times a power of ten that is at least <paramref name="atLeast"/> (and at least 1).</summary>
    public static int NiceStep(double atLeast)
    {
        if (atLeast <= 1) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(atLeast)));
        foreach (var factor in new[] { 1, 2, 5, 10 })
            if (factor * power >= atLeast) return (int)(factor * power);
        return (int)(10 * power);
    }

    /// <summary>A count in a few characters: 950, 1k, 2.5k, 10k, 1.2M.</summary>
    public static string Compact(int value) => value switch
    {
        < 1000 => value.ToString(CultureInfo.InvariantCulture),
        < 1_000_000 => (value / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => (value / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + "M",
    };
}
