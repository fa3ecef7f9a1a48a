namespace SearchEngine.Core.Search.Query;

/// <summary>
/// The words and phrases a query looks for (not those it excludes), for highlighting them in titles, snippets and
/// quotes outside FTS5, and for echoing "results for …".
/// </summary>
public static class QueryTerms
{
    /// <summary>
    /// Positive terms in order of appearance, without duplicates: a word as typed, a prefix ending in <c>*</c>,
    /// a phrase's words joined by one space. Anything under an odd number of NOTs is left out.
    /// </summary>
    public static IReadOnlyList<string> Positive(QueryNode query)
    {
        var terms = new List<string>();
        Collect(query, negated: false, terms);
        return terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static void Collect(QueryNode node, bool negated, List<string> terms)
    {
        switch (node)
        {
            case NotNode not:
                Collect(not.Inner, !negated, terms);
                break;
            case FieldNode field:
                Collect(field.Inner, negated, terms);
                break;
            case AndNode and:
                foreach (var clause in and.Clauses)
                    Collect(clause, negated, terms);
                break;
            case OrNode or:
                foreach (var clause in or.Clauses)
                    Collect(clause, negated, terms);
                break;
            case WordNode term when !negated:
                terms.Add(term.Text);
                break;
            case PrefixNode prefix when !negated:
                terms.Add(prefix.Prefix + "*");
                break;
            case PhraseNode phrase when !negated:
                terms.Add(phrase.Text);
                break;
            case NearNode near when !negated:
                terms.AddRange(near.Words);
                break;
        }
    }
}
