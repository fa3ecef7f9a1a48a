using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Extraction;

/// <summary>The hand-reviewed outlet facet values (<c>Fixtures/facet-audit/outlets-reviewed.tsv</c>: value, verdict, note).</summary>
internal static class OutletReviewList
{
    public const string FileName = "tests/SearchEngine.Core.Tests/Fixtures/facet-audit/outlets-reviewed.tsv";

    /// <summary>Each reviewed value with its verdict, <c>outlet</c> or <c>junk</c>.</summary>
    public static Dictionary<string, string> Load()
    {
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(SharedCorpus.RepositoryRoot(), FileName)))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[1] is not ("outlet" or "junk"))
                throw new InvalidDataException($"{FileName}: '{line}' is not 'value<TAB>outlet|junk<TAB>note'");
            if (!verdicts.TryAdd(cells[0], cells[1])) throw new InvalidDataException($"{FileName}: '{cells[0]}' is listed twice");
        }
        return verdicts;
    }
}
