namespace StoryEval;

/// <summary>Pairwise precision, recall and F1 of predicted same-story pairs against the labels.</summary>
public sealed record PairScore(long TruePositives, long FalsePositives, long FalseNegatives, HashSet<(string, string)> Predicted)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairScore Of(StoryLabels labels, IEnumerable<List<string>> clusters) =>
        Of(labels, clusters.SelectMany(c => from a in c from b in c where string.CompareOrdinal(a, b) < 0 select (a, b)));

    public static PairScore Of(StoryLabels labels, IEnumerable<(string A, string B)> pairs)
    {
        var predicted = pairs.Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? p : (p.B, p.A))
            .Where(p => labels.StoryOf.ContainsKey(p.Item1) && labels.StoryOf.ContainsKey(p.Item2)).ToHashSet();
        var tp = predicted.LongCount(p => labels.StoryOf[p.Item1] == labels.StoryOf[p.Item2]);
        return new PairScore(tp, predicted.Count - tp, labels.PositivePairs - tp, predicted);
    }

    public void PrintErrors(StoryLabels labels, Dictionary<string, string> titles)
    {
        Console.WriteLine("  wrong pairs:");
        foreach (var (a, b) in Predicted.Where(p => labels.StoryOf[p.Item1] != labels.StoryOf[p.Item2]).Order())
            Console.WriteLine($"    {labels.StoryOf[a]} / {labels.StoryOf[b]}\n      {titles[a]}\n      {titles[b]}");
        Console.WriteLine("  missed pairs:");
        var files = labels.Files;
        foreach (var a in files)
            foreach (var b in files)
                if (string.CompareOrdinal(a, b) < 0 && labels.StoryOf[a] == labels.StoryOf[b] && !Predicted.Contains((a, b)))
                    Console.WriteLine($"    {labels.StoryOf[a]}: {a} / {b}\n      {titles[a]}\n      {titles[b]}");
    }

    public override string ToString() => $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}  ({TruePositives} right, {FalsePositives} wrong, {FalseNegatives} missed)";
}
