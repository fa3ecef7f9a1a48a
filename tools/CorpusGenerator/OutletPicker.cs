namespace CorpusGenerator;

/// <summary>Draws outlets in proportion to their weights.</summary>
public sealed class OutletPicker(IReadOnlyList<Outlet> outlets)
{
    private readonly double[] _cumulative = Cumulate(outlets);

    private static double[] Cumulate(IReadOnlyList<Outlet> outlets)
    {
        var c = new double[outlets.Count];
        var total = 0.0;
        for (var i = 0; i < outlets.Count; i++) c[i] = total += outlets[i].Weight;
        return c;
    }

    public Outlet Pick(Rng rng)
    {
        var x = rng.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        if (i < 0) i = ~i;
        return outlets[Math.Min(i, outlets.Count - 1)];
    }

    /// <summary>Another outlet than <paramref name="not"/> when there is one: a copy usually runs elsewhere.</summary>
    public Outlet PickOther(Rng rng, Outlet not)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var o = Pick(rng);
            if (o.Name != not.Name) return o;
        }
        return not;
    }
}
