using System.Text.RegularExpressions;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// One article a test writes into its corpus, with what the test knows about it (outlet, date, author, the persons it
/// names and the outlets it cites), so expected results and counts are computed from the corpus, not from the app.
/// </summary>
public sealed record CorpusDoc(string File, string Title, string Body)
{
    public string? Outlet { get; init; }

    /// <summary>A section the sidecar writes after the outlet ("Harbor Ledger - Opinion"); the outlet facet is still <see cref="Outlet"/>.</summary>
    public string? Section { get; init; }
    public DateOnly? Date { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<string> Cites { get; init; } = [];

    public string FileText => Title + "\n\n" + Body + "\n";

    /// <summary>Whether the word (or phrase) occurs in the title or body, as whole words, ignoring case.</summary>
    public bool Has(string words) => Regex.IsMatch(Title + "\n" + Body, $@"\b{Regex.Escape(words)}\b", RegexOptions.IgnoreCase);

    /// <summary>Whether some word of the title or body starts with the prefix, ignoring case.</summary>
    public bool HasPrefix(string prefix) => Regex.IsMatch(Title + "\n" + Body, $@"\b{Regex.Escape(prefix)}\w*", RegexOptions.IgnoreCase);

    public bool InBody(string word) => Regex.IsMatch(Body, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase);

    public bool InTitle(string word) => Regex.IsMatch(Title, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase);
}
