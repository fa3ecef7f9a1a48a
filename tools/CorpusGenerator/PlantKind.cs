namespace CorpusGenerator;

/// <summary>What a generated file is: an original, or a planted derivative of an earlier original.</summary>
public enum PlantKind
{
    Original,
    Exact,
    Near,
    Rewrite,
}
