namespace SearchEngine.Core.Ingest;

/// <summary>
/// Metadata tables that sit beside the articles (<c>metadata.tsv</c> or <c>metadata.csv</c>). A header row names the
/// columns; one column identifies the file (by path relative to the table's folder, file name, or file stem) and the
/// recognised others give title, outlet, date, author and url. A table applies to the files below its folder; the
/// nearest table that has a row for a file wins.
/// </summary>
public sealed class SidecarMetadata
{
    private static readonly string[] FileColumns = ["path", "file", "filename", "file_name", "filepath", "file_path", "name", "id"];
    private static readonly string[] TitleColumns = ["title", "headline"];
    private static readonly string[] OutletColumns = ["outlet", "source", "publisher", "publication", "source_name"];
    private static readonly string[] DateColumns = ["date", "published", "pubdate", "publish_date", "published_at", "date_published"];
    private static readonly string[] AuthorColumns = ["author", "authors", "byline"];
    private static readonly string[] UrlColumns = ["url", "link"];

    private readonly List<Table> _tables;

    private SidecarMetadata(List<Table> tables) => _tables = tables;

    public static SidecarMetadata None { get; } = new([]);

    /// <summary>Number of rows across all tables.</summary>
    public int RowCount => _tables.Sum(t => t.RowCount);

    /// <summary>True for the file names read as sidecar tables.</summary>
    public static bool IsSidecarName(string fileName) =>
        fileName.Equals("metadata.tsv", StringComparison.OrdinalIgnoreCase) ||
        fileName.Equals("metadata.csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads every table; a table that cannot be used is reported in <paramref name="problems"/> and ignored.</summary>
    public static SidecarMetadata Load(string root, IEnumerable<string> tablePaths, ICollection<SkippedFile> problems)
    {
        var tables = new List<Table>();
        foreach (var path in tablePaths)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            try
            {
                var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? "";
                var delimiter = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';
                var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text ?? "";
                var table = Parse(folder, text, delimiter, out var error);
                if (table is null) problems.Add(new SkippedFile(relative, error!));
                else tables.Add(table);
            }
            catch (IOException ex)
            {
                problems.Add(new SkippedFile(relative, $"sidecar could not be read: {ex.Message}"));
            }
        }

        // Nearest folder first, so the most specific table wins.
        tables.Sort((a, b) => b.Folder.Length.CompareTo(a.Folder.Length));
        return new SidecarMetadata(tables);
    }

    /// <summary>The metadata the tables give for a file, or <see cref="SourceMetadata.Empty"/>.</summary>
    public SourceMetadata Lookup(string relativePath)
    {
        foreach (var table in _tables)
        {
            if (table.Folder.Length > 0 && !relativePath.StartsWith(table.Folder + "/", StringComparison.Ordinal)) continue;
            var below = table.Folder.Length == 0 ? relativePath : relativePath[(table.Folder.Length + 1)..];
            if (table.Find(below) is { } row) return row;
        }
        return SourceMetadata.Empty;
    }

    internal static Table? Parse(string folder, string text, char delimiter, out string? error)
    {
        var rows = DelimitedText.Parse(text, delimiter);
        if (rows.Count == 0)
        {
            error = "sidecar is empty";
            return null;
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(string[] names) => names.Select(n => Array.IndexOf(header, n)).FirstOrDefault(i => i >= 0, -1);
        var fileColumn = Column(FileColumns);
        if (fileColumn < 0)
        {
            error = $"sidecar has no column naming the file (expected one of: {string.Join(", ", FileColumns)})";
            return null;
        }

        var (title, outlet, date, author, url) =
            (Column(TitleColumns), Column(OutletColumns), Column(DateColumns), Column(AuthorColumns), Column(UrlColumns));
        var table = new Table(folder);
        foreach (var row in rows.Skip(1))
        {
            string? Cell(int i) => i >= 0 && i < row.Length && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;
            var key = Cell(fileColumn);
            if (key is null) continue;
            table.Add(key.Replace('\\', '/').TrimStart('.', '/'),
                new SourceMetadata(Cell(title), Cell(outlet), Cell(date), Cell(author), Cell(url)));
        }

        error = null;
        return table;
    }

    internal sealed class Table(string folder)
    {
        private readonly Dictionary<string, SourceMetadata> _byPath = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, SourceMetadata?> _byName = new(StringComparer.OrdinalIgnoreCase);

        public string Folder { get; } = folder;

        public int RowCount => _byPath.Count;

        public void Add(string key, SourceMetadata metadata)
        {
            _byPath[key] = metadata;
            // A name or stem shared by two rows is ambiguous and matches neither.
            foreach (var name in new[] { Path.GetFileName(key), Path.GetFileNameWithoutExtension(key) }.Distinct())
                _byName[name] = _byName.ContainsKey(name) ? null : metadata;
        }

        public SourceMetadata? Find(string relativePath)
        {
            if (_byPath.TryGetValue(relativePath, out var row)) return row;
            if (_byName.TryGetValue(Path.GetFileName(relativePath), out row) && row is not null) return row;
            if (_byName.TryGetValue(Path.GetFileNameWithoutExtension(relativePath), out row) && row is not null) return row;
            return null;
        }
    }
}
