namespace SearchEngine.Core.Extraction;

/// <summary>
/// One news article as extracted from a file: a whole file, or one excerpt of a digest file.
/// Character offsets in <see cref="Persons"/> and <see cref="Quotes"/> point into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the source path (and the excerpt number for digests).</summary>
    public required string Id { get; init; }

    /// <summary>Relative path of the file the article came from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>0 for a file that is one article; 1..n for the excerpts of a digest.</summary>
    public int Ordinal { get; init; }

    public required string Title { get; init; }

    /// <summary>The article's text as stored and shown.</summary>
    public required string Text { get; init; }

    /// <summary>The publisher, normalised; null when it cannot be known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The outlet's section or format its metadata named ("Opinion" of "Newsmax - Opinion"); null when none.</summary>
    public string? Section { get; init; }

    /// <summary>Outlets the article only cites ("The Telegraph reported").</summary>
    public IReadOnlyList<string> CitedOutlets { get; init; } = [];

    public DateOnly? Date { get; init; }

    public string? Author { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<Person> Persons { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Hash of the source file's bytes; equal hashes mean nothing to re-extract.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Problems met while extracting (a malformed date, say), for the report.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
