using Xunit;
using SearchEngine.Core.Extraction.Evaluation;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class ExtractionEvaluatorTests(ITestOutputHelper output)
{
    [Fact]
    public void Extractor_meets_the_targets_on_the_hand_annotated_articles()
    {
        var annotated = ExtractionEvaluator.LoadAnnotations(ExtractionTestPaths.AnnotatedFixtures());
        Assert.True(annotated.Count >= 40, "the annotated sample must hold at least 40 articles");

        var evaluator = new ExtractionEvaluator();
        foreach (var set in annotated.Select(a => a.Set).Distinct())
        {
            output.WriteLine($"[{set}]");
            output.WriteLine(evaluator.Evaluate(annotated.Where(a => a.Set == set)).Summary());
        }
        var all = evaluator.Evaluate(annotated);
        output.WriteLine("[all]");
        output.WriteLine(all.Summary());
        foreach (var error in all.Errors) output.WriteLine(error);

        // The targets the rules were written to, on the sets they were written on; the blind sets are printed above.
        var report = evaluator.Evaluate(annotated.Where(a => a.Set is "development" or "heldout"));

        Assert.True(report.MentionPrecision >= 0.95, $"mention precision {report.MentionPrecision:F3}");
        Assert.True(report.MentionRecall >= 0.90, $"mention recall {report.MentionRecall:F3}");
        Assert.True(report.SpeakerAccuracy >= 0.90, $"speaker accuracy {report.SpeakerAccuracy:F3}");

        // The blind sets (issue 13) guard what the rules reached on text annotated without seeing them; the targets
        // themselves (F1 0.92 with P 0.93; speakers 0.95) are not all met, see the fixture README.
        var blind = evaluator.Evaluate(annotated.Where(a => a.Set.StartsWith("blind", StringComparison.Ordinal)));
        Assert.True(blind.MentionPrecision >= 0.93, $"blind mention precision {blind.MentionPrecision:F3}");
        Assert.True(blind.MentionRecall >= 0.88, $"blind mention recall {blind.MentionRecall:F3}");
        Assert.True(blind.SpeakerAccuracy >= 0.70, $"blind speaker accuracy {blind.SpeakerAccuracy:F3}");
        Assert.True(blind.OutletAccuracy >= 0.88, $"blind outlet accuracy {blind.OutletAccuracy:F3}");
    }

    [Fact]
    public void Gold_mentions_take_the_longest_surface_and_skip_exceptions()
    {
        var text = "George Washington read the Washington Times. Washington smiled.";
        var spans = ExtractionEvaluator.ResolveGold(text,
            [new AnnotatedPerson("George Washington", ["George Washington", "Washington"], ["Washington Times"])]);

        Assert.Equal(["George Washington", "Washington"], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(45, spans[1].Start);
    }
}
