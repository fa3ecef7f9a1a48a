namespace CorpusGenerator;

/// <summary>A publisher as the allsides metadata names it; the weight gives the skew of a few big outlets and a long tail.</summary>
public sealed record Outlet(string Name, string Domain, double Weight);
