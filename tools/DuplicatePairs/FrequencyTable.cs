using SearchEngine.Core.Duplicates;

namespace DuplicatePairs;

/// <summary>
/// Writes the background document-frequency table the same-story level starts from: for each folded word, the
/// number of articles containing it, over every .txt file under the given folders. Words in fewer than
/// <c>minDocuments</c> articles are left out; they count as rare anyway.
/// </summary>
internal static class FrequencyTable
{
    public static int Run(string output, string[] folders, int minDocuments = 3)
    {
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in files.AsParallel().Select(path =>
                 {
                     var text = File.ReadAllText(path);
                     return TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                 }))
        {
            foreach (var word in words) counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        using var writer = new StreamWriter(output);
        writer.Write($"#documents\t{files.Length}\n");
        foreach (var (word, count) in counts.Where(p => p.Value >= minDocuments).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            writer.Write($"{word}\t{count}\n");
        Console.WriteLine($"{files.Length} files, {counts.Count(p => p.Value >= minDocuments)} words written to {output}");
        return 0;
    }
}
