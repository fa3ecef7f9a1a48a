namespace SearchEngine.Core.Tests.TestSupport;

/// <summary>A hand-reviewed list of facet values (<c>value␉verdict␉note</c>) under Fixtures/facet-audit.</summary>
internal sealed class FacetReviewList
{
    private readonly Dictionary<string, string> _verdicts;

    private FacetReviewList(string fileName, Dictionary<string, string> verdicts) => (FileName, _verdicts) = (fileName, verdicts);

    public string FileName { get; }

    /// <summary>Reads the list; every row's verdict must be <paramref name="good"/> or <c>junk</c>.</summary>
    public static FacetReviewList Load(string name, string good)
    {
        var fileName = $"tests/SearchEngine.Core.Tests/Fixtures/facet-audit/{name}";
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(SharedCorpus.RepositoryRoot(), fileName)))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[1] != good && cells[1] != "junk")
                throw new InvalidDataException($"{fileName}: '{line}' is not 'value<TAB>{good}|junk<TAB>note'");
            if (!verdicts.TryAdd(cells[0], cells[1])) throw new InvalidDataException($"{fileName}: '{cells[0]}' is listed twice");
        }
        return new FacetReviewList(fileName, verdicts);
    }

    /// <summary>The problems of the largest values of a facet: any junk, and any value nobody reviewed.</summary>
    public List<string> Problems(IEnumerable<(string Value, int Count)> top, Action<string> log)
    {
        var problems = new List<string>();
        foreach (var (value, count) in top)
        {
            var verdict = _verdicts.GetValueOrDefault(value);
            log($"{count,6}  {value}  [{verdict ?? "unreviewed"}]");
            if (verdict is null)
                problems.Add($"'{value}' ({count} articles) is not reviewed: look at it and add it to {FileName} with its verdict");
            else if (verdict == "junk")
                problems.Add($"'{value}' ({count} articles) is junk, yet one of the largest facet values");
        }
        return problems;
    }
}
