namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// An archive as lopsided as the shared corpora (a newswire year of 20,000 articles beside later years of a few
/// hundred): 250 articles in 1987, most of them in March, then years of 40, 12, 2 and 1 articles up to 2003, with the
/// years between empty. Written here, so histogram tests run without <c>../shared/corpus</c>.
/// </summary>
public static class SkewedYearsCorpus
{
    public const int BigYear = 1987;
    public const int BigYearCount = 250;
    public const int MarchOfBigYear = 200;

    /// <summary>The small years and their counts; 1987 to 2003 is 17 years.</summary>
    public static readonly IReadOnlyDictionary<int, int> SmallYears = new Dictionary<int, int> { [1991] = 2, [1994] = 40, [1999] = 1, [2003] = 12 };

    public const int FirstYear = 1987;
    public const int LastYear = 2003;

    private static readonly string[] Crops = ["wheat", "barley", "maize", "sugar", "cocoa", "coffee", "copper", "rubber"];
    private static readonly string[] Places = ["Chicago", "Rotterdam", "Sydney", "Santos", "Accra", "Jakarta", "Lagos", "Winnipeg"];

    public static IReadOnlyList<CorpusDoc> Docs()
    {
        var docs = new List<CorpusDoc>();
        for (var i = 0; i < BigYearCount; i++)
        {
            // 200 in March, the other 50 spread over every month from 1 January (so the year's months are all in the archive).
            var date = i < MarchOfBigYear ? new DateOnly(BigYear, 3, 1 + i % 31) : new DateOnly(BigYear, 1 + (i - MarchOfBigYear) % 12, 1 + (i - MarchOfBigYear) / 12);
            docs.Add(Doc(docs.Count, date));
        }
        foreach (var (year, count) in SmallYears)
            for (var i = 0; i < count; i++)
                docs.Add(Doc(docs.Count, new DateOnly(year, 1 + i % 12, 1 + i % 28)));
        return docs;
    }

    public static int CountIn(int year) => year == BigYear ? BigYearCount : SmallYears.GetValueOrDefault(year);

    private static CorpusDoc Doc(int n, DateOnly date)
    {
        var (crop, place) = (Crops[n % Crops.Length], Places[n / Crops.Length % Places.Length]);
        return new CorpusDoc($"a{n:000}.txt", $"{char.ToUpperInvariant(crop[0])}{crop[1..]} market note {n} from {place}",
            $"Traders in {place} quoted {crop} at {100 + n} points in bulletin {n}, the desk said.\n" +
            $"Shipments of {crop} for season {date.Year} were counted as lot {n * 7 + 3}.")
        {
            Outlet = "Commodity Wire", Date = date,
        };
    }
}
