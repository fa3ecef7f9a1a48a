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
            case NotQuery not:
                Collect(not.Inner, !negated, terms);
                break;
            case FieldQuery field:
                Collect(field.Inner, negated, terms);
                break;
            case AndQuery and:
                foreach (var clause in and.Clauses)
                    Collect(clause, negated, terms);
                break;
            case OrQuery or:
                foreach (var clause in or.Clauses)
                    Collect(clause, negated, terms);
                break;
            case TermQuery term when !negated:
                terms.Add(term.Text);
                break;
            case PrefixQuery prefix when !negated:
                terms.Add(prefix.Prefix + "*");
                break;
            case PhraseQuery phrase when !negated:
                terms.Add(phrase.Text);
                break;
            case NearQuery near when !negated:
                terms.AddRange(near.Words);
                break;
        }
    }
}
