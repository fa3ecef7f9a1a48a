using System.Reflection;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Reads the .tsv tables shipped inside the assembly. Tables are data, not code, so lists can grow without touching the rules.
/// </summary>
internal static class EmbeddedTable
{
    /// <summary>The non-empty, non-comment lines of the embedded table whose resource name ends with <paramref name="fileName"/>.</summary>
    public static IReadOnlyList<string[]> Rows(string fileName)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded table '{fileName}' is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
