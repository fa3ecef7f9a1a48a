namespace SearchEngine.Core.Index;

/// <summary>Progress of a run: files processed among those that needed work.</summary>
public sealed record IndexProgress(int Done, int Total, string? CurrentPath);
