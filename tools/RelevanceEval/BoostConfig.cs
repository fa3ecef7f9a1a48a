using SearchEngine.Core.Search;

namespace RelevanceEval;

/// <summary>A named set of field boosts; fields it does not name keep <see cref="SearchFields"/>' defaults.</summary>
public sealed record BoostConfig(string Name, IReadOnlyDictionary<string, double> Weights)
{
    public static BoostConfig Defaults { get; } = new("defaults", SearchFields.All.ToDictionary(f => f.Name, f => f.Weight));

    /// <summary>Defaults with title, quote and person replaced (body stays as it is).</summary>
    public static BoostConfig With(double title, double quote, double person) =>
        new($"title {title} quote {quote} person {person}",
            new Dictionary<string, double>(Defaults.Weights) { ["title"] = title, ["quote"] = quote, ["person"] = person });

    /// <summary>The grid the tool tunes over: title in {2,4,8}, quote in {1,2,3}, person in {1,2,4}.</summary>
    public static IEnumerable<BoostConfig> Grid() =>
        from title in new[] { 2.0, 4, 8 }
        from quote in new[] { 1.0, 2, 3 }
        from person in new[] { 1.0, 2, 4 }
        select With(title, quote, person);

    /// <summary>Configurations used only to pool candidates for judging: the defaults, title-heavy and body-only.</summary>
    public static IEnumerable<BoostConfig> Pooling() =>
    [
        Defaults,
        new("title-heavy", new Dictionary<string, double>(Defaults.Weights) { ["title"] = 32 }),
        new("body-only", SearchFields.All.ToDictionary(f => f.Name, f => f.Name == "body" ? 1.0 : 0.0)),
    ];
}
