namespace SearchEngine.Core.Duplicates;

/// <summary>
/// English function words, by folded-word hash. They carry no story evidence and would otherwise dominate term
/// vectors; capitalised at a sentence start they would also pass for names.
/// </summary>
internal static class StopWords
{
    private const string List =
        "a about above after again against all also am an and any are as at be because been before being below between both but by " +
        "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his " +
        "how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
        "over own same she should so some such than that the their theirs them themselves then there these they this those through to too " +
        "under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
        "said says say mr mrs ms also one two three new last first year years may might must shall us however although yet still even " +
        "according since told last week monday tuesday wednesday thursday friday saturday sunday january february march april june july " +
        "august september october november december";

    private static readonly HashSet<ulong> Hashes = [.. TextNormalizer.Tokenize(List).Select(t => t.Hash)];

    public static bool Contains(ulong wordHash) => Hashes.Contains(wordHash);
}
