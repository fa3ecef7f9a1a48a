namespace RelevanceEval;

/// <summary>Mean nDCG@10 and P@5 of a set of queries.</summary>
public sealed record Score(double Ndcg, double Precision, int Queries)
{
    public override string ToString() => $"{Ndcg:0.000}  {Precision:0.000}";
}
