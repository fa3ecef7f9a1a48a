namespace RelevanceEval;

/// <summary>One query of a judgment file: its graded articles (id to grade 0, 1 or 2) and the half it belongs to.</summary>
public sealed record JudgedQuery(string Query, string Half, IReadOnlyDictionary<string, int> Grades)
{
    public const string Tuning = "tune";
    public const string HeldOut = "heldout";

    /// <summary>
    /// Reads <c>query TAB article id TAB grade TAB half</c> lines (a first line starting with <c>query</c> and lines
    /// starting with <c>#</c> are skipped), grouped by query in file order.
    /// </summary>
    public static IReadOnlyList<JudgedQuery> Load(string path)
    {
        var rows = File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("query\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Select(f => f.Length == 4 && int.TryParse(f[2], out var grade) && grade is >= 0 and <= 2
                ? (Query: f[0], Id: f[1], Grade: grade, Half: f[3])
                : throw new FormatException($"{path}: not 'query<TAB>id<TAB>grade<TAB>half': {string.Join('\t', f)}"))
            .ToList();
        return rows.GroupBy(r => r.Query)
            .Select(g => new JudgedQuery(g.Key, g.First().Half, g.ToDictionary(r => r.Id, r => r.Grade)))
            .ToList();
    }
}
