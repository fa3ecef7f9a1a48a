namespace SearchEngine.Core.Index;

/// <summary>One step of an indexing run and the wall time it took.</summary>
public sealed record IndexPhase(string Name, TimeSpan Elapsed);
