namespace StoryEval;

/// <summary>
/// The labelled articles copied into a temporary corpus (txt/ plus the metadata rows that name them, as the shared
/// corpus lays them out), with a temporary index beside it; deleted on dispose.
/// </summary>
public sealed class ScratchCorpus : IDisposable
{
    private readonly string _root;

    private ScratchCorpus(string root, Dictionary<string, string> titles)
    {
        _root = root;
        Titles = titles;
    }

    public string CorpusPath => Path.Combine(_root, "corpus");

    public string IndexPath => Path.Combine(_root, "index");

    /// <summary>Each file's first line, to print beside a wrong pair.</summary>
    public Dictionary<string, string> Titles { get; }

    public static ScratchCorpus Create(string source, IReadOnlyList<string> files)
    {
        var root = Directory.CreateTempSubdirectory("story-eval-").FullName;
        var txt = Directory.CreateDirectory(Path.Combine(root, "corpus", "txt")).FullName;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var from = Path.Combine(source, "txt", file);
            if (!File.Exists(from)) throw new FileNotFoundException($"labelled file not in the corpus: {from}");
            File.Copy(from, Path.Combine(txt, file));
            titles[file] = File.ReadLines(from).FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        }
        var metadata = Path.Combine(source, "metadata.tsv");
        if (File.Exists(metadata))
        {
            var wanted = files.ToHashSet(StringComparer.Ordinal);
            var lines = File.ReadLines(metadata).Take(1).Concat(File.ReadLines(metadata).Skip(1).Where(l => wanted.Contains(l.Split('\t')[0])));
            File.WriteAllLines(Path.Combine(root, "corpus", "metadata.tsv"), lines);
        }
        return new ScratchCorpus(root, titles);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
