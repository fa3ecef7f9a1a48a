namespace SearchEngine.Core.Ingest;

/// <summary>
/// Metadata given for a file from outside its text: a sidecar table row or a front-matter block, and the publisher its
/// folder states. Every field is raw text as written; parsing (dates especially) is extraction's job.
/// </summary>
public sealed record SourceMetadata(string? Title, string? Outlet, string? Date, string? Author, string? Url)
{
    public static SourceMetadata Empty { get; } = new(null, null, null, null, null);

    /// <summary>The publisher a <c>publisher.txt</c> states for the file's folder (<see cref="FolderPublishers"/>); below <see cref="Outlet"/>.</summary>
    public string? FolderOutlet { get; init; }

    /// <summary>Fields of this record win; the other fills what this one leaves empty.</summary>
    public SourceMetadata Over(SourceMetadata other) => new(
        Title ?? other.Title, Outlet ?? other.Outlet, Date ?? other.Date, Author ?? other.Author, Url ?? other.Url)
    {
        FolderOutlet = FolderOutlet ?? other.FolderOutlet,
    };

    public bool IsEmpty => this == Empty;
}
