namespace StoryEval;

/// <summary>A labelled set: each article file and the story a person gave it (file, story, note; tab-separated, with a header).</summary>
public sealed class StoryLabels
{
    private StoryLabels(Dictionary<string, string> storyOf) => StoryOf = storyOf;

    /// <summary>Story label by file name.</summary>
    public Dictionary<string, string> StoryOf { get; }

    public IReadOnlyList<string> Files => [.. StoryOf.Keys.Order(StringComparer.Ordinal)];

    public int StoryCount => StoryOf.Values.Distinct().Count();

    public long PositivePairs => StoryOf.Values.GroupBy(s => s).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);

    public static StoryLabels Load(string path)
    {
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 2) throw new InvalidDataException($"{path}: expected file<TAB>story, got '{line}'");
            storyOf[cells[0].Trim()] = cells[1].Trim();
        }
        return new StoryLabels(storyOf);
    }
}
