using SearchEngine.Web.Rendering;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Web.Coverage;

/// <summary>One line of why two articles look like one story, for a list of related articles: "3 shared people · 1 shared quote · 1 day apart".</summary>
public static class EvidenceSummary
{
    public static string OneLine(StoryEvidence evidence)
    {
        var parts = new List<string>();
        if (evidence.Persons.Total > 0) parts.Add(Words.Count(evidence.Persons.Total, "shared person", "shared people"));
        if (evidence.Quotes.Total > 0) parts.Add(Words.Count(evidence.Quotes.Total, "shared quote"));
        if (evidence.Numbers.Total > 0) parts.Add(Words.Count(evidence.Numbers.Total, "shared number"));
        if (evidence.PassageWords > 0) parts.Add(Words.Count(evidence.PassageWords, "word") + " copied");
        if (parts.Count == 0) parts.Add("little in common by name, quote or number");
        if (evidence.DaysApart is { } days) parts.Add(EvidenceWords.Apart(days));
        var against = evidence.Against.Total + (evidence.DatesFarApart ? 1 : 0);
        if (against > 0) parts.Add(Words.Count(against, "point") + " against");
        return string.Join(" · ", parts);
    }
}
