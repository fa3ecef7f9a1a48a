using System.Globalization;
using System.Text;

namespace SearchEngine.Core.Extraction.Evaluation;

/// <summary>Precision and recall of the extractor against hand annotations, with the errors behind the figures.</summary>
public sealed record EvaluationReport
{
    public int Articles { get; init; }
    public int GoldMentions { get; init; }
    public int PredictedMentions { get; init; }
    public int CorrectMentions { get; init; }
    public int GoldPersons { get; init; }
    public int PredictedPersons { get; init; }
    public int MatchedGoldPersons { get; init; }
    public int MatchedPredictedPersons { get; init; }
    public int GoldQuotes { get; init; }
    public int FoundQuotes { get; init; }
    public int AttributedGoldQuotes { get; init; }
    public int CorrectSpeakers { get; init; }
    public int PredictedSpeakersOnFoundQuotes { get; init; }
    public int CorrectPredictedSpeakers { get; init; }
    public int OutletArticles { get; init; }
    public int CorrectOutlets { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];

    public double MentionPrecision => Ratio(CorrectMentions, PredictedMentions);
    public double MentionRecall => Ratio(CorrectMentions, GoldMentions);
    public double IdentityPrecision => Ratio(MatchedPredictedPersons, PredictedPersons);
    public double IdentityRecall => Ratio(MatchedGoldPersons, GoldPersons);
    public double QuoteRecall => Ratio(FoundQuotes, GoldQuotes);

    /// <summary>Share of the quotes a human attributed to a person that the extractor found and gave to that person.</summary>
    public double SpeakerAccuracy => Ratio(CorrectSpeakers, AttributedGoldQuotes);

    /// <summary>Share of the extractor's attributions (on quotes it found) that name the right person.</summary>
    public double SpeakerPrecision => Ratio(CorrectPredictedSpeakers, PredictedSpeakersOnFoundQuotes);

    /// <summary>Share of the articles with an annotated outlet (or an annotated "none") where the extractor agrees.</summary>
    public double OutletAccuracy => Ratio(CorrectOutlets, OutletArticles);

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    /// <summary>The figures as a short table.</summary>
    public string Summary()
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"articles: {Articles}");
        s.AppendLine(c, $"person mentions: precision {MentionPrecision:F3} ({CorrectMentions}/{PredictedMentions}), recall {MentionRecall:F3} ({CorrectMentions}/{GoldMentions})");
        s.AppendLine(c, $"person identity (distinct persons per article): precision {IdentityPrecision:F3} ({MatchedPredictedPersons}/{PredictedPersons}), recall {IdentityRecall:F3} ({MatchedGoldPersons}/{GoldPersons})");
        s.AppendLine(c, $"quotes found: {QuoteRecall:F3} ({FoundQuotes}/{GoldQuotes})");
        s.AppendLine(c, $"quote speakers: accuracy {SpeakerAccuracy:F3} ({CorrectSpeakers}/{AttributedGoldQuotes} attributed gold quotes), precision {SpeakerPrecision:F3} ({CorrectPredictedSpeakers}/{PredictedSpeakersOnFoundQuotes})");
        if (OutletArticles > 0) s.AppendLine(c, $"outlet (publisher from the text): accuracy {OutletAccuracy:F3} ({CorrectOutlets}/{OutletArticles})");
        return s.ToString();
    }
}
