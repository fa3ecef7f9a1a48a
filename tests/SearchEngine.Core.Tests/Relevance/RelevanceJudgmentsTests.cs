using RelevanceEval;
using SearchEngine.Core.Index;
using SearchEngine.Core.Tests.TestSupport;
using Shouldly;

namespace SearchEngine.Core.Tests.Relevance;

/// <summary>
/// Ranking quality on the hand-graded BBC queries of <c>bench/judgments/bbc.tsv</c>: the default boosts must keep their
/// measured mean nDCG@10 (0.819 over all 26 queries when the judgments were made; tools/RelevanceEval prints it).
/// </summary>
public class RelevanceJudgmentsTests
{
    private const double NdcgFloor = 0.79;

    [Fact]
    public void Default_boosts_keep_their_mean_nDCG_on_the_BBC_judgments()
    {
        var bbc = SharedCorpus.Require("bbc");
        var judged = JudgedQuery.Load(Path.Combine(SharedCorpus.RepositoryRoot(), "bench", "judgments", "bbc.tsv"));
        using var corpus = new TempCorpus();
        new IndexBuilder(corpus.Index).Run(bbc);

        var score = Evaluator.Mean(corpus.Index, BoostConfig.Defaults, judged);

        score.Queries.ShouldBeGreaterThanOrEqualTo(25);
        score.Ndcg.ShouldBeGreaterThanOrEqualTo(NdcgFloor, $"mean nDCG@10 {score.Ndcg:0.000}, P@5 {score.Precision:0.000}");
    }
}
