namespace CorpusGenerator;

/// <summary>
/// Publication dates from 2012 to 2025 with a realistic density: archives grow over the years, weekends carry about
/// half a weekday's output, and news comes in bursts (a seeded per-week intensity).
/// </summary>
public sealed class DateModel
{
    private static readonly DateOnly First = new(2012, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 31);
    private readonly double[] _cumulative;

    public DateModel(long seed)
    {
        var days = Last.DayNumber - First.DayNumber + 1;
        _cumulative = new double[days];
        var weekBurst = new Dictionary<int, double>();
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            var date = First.AddDays(d);
            var trend = 1.0 + 1.4 * (date.Year - First.Year + date.DayOfYear / 366.0) / 14.0;
            var weekday = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.45 : 1.0;
            var week = d / 7;
            if (!weekBurst.TryGetValue(week, out var burst))
            {
                burst = Math.Exp(0.45 * Rng.For(seed, week, 0xDA7E).Gaussian());
                weekBurst[week] = burst;
            }
            total += trend * weekday * burst;
            _cumulative[d] = total;
        }
    }

    public DateOnly Sample(Rng rng)
    {
        var x = rng.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        if (i < 0) i = ~i;
        return First.AddDays(Math.Min(i, _cumulative.Length - 1));
    }

    public static DateOnly Clamp(DateOnly date) => date > Last ? Last : date;
}
