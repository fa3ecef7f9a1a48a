namespace SearchEngine.Core.Extraction;

/// <summary>What a text says about outlets: who published it (null when the text does not say) and whom it only cites.</summary>
public sealed record OutletFindings(string? Publisher, IReadOnlyList<string> Cited);
