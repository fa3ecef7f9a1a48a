using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Search;

/// <summary>
/// Three wire stories, each printed three times a day apart: the dam story by Wire Daily, Newsmax and an outlet the
/// files do not name; the bridge story by Wire Daily, Newsmax and Fox News; the orchard story by Wire Daily and twice
/// by Newsmax. Wire Daily always prints first.
/// </summary>
public sealed class WireCopiesApp : WebApp
{
    public const string Wire = "Wire Daily";
    public const string Newsmax = "Newsmax";
    public const string Fox = "Fox News";

    private static readonly (string Key, string Text)[] Stories =
    [
        ("dam", "Engineers opened the spillway of the old river dam on Monday after heavy rain filled the reservoir to its highest level in twenty years. "
              + "Farmers downstream moved cattle to higher ground while the county set up sandbags along the lower road near the mill. "
              + "The water board said the concrete wall showed no cracks and that inspectors would walk the crest again at dawn."),
        ("bridge", "The rusted footbridge over the canal will close for the whole summer while welders replace its beams and repaint the railings. "
                 + "Cyclists must take a detour past the brewery and the old tram depot, adding about ten minutes to the trip into town. "
                 + "The council promised a temporary ferry for pupils of the school on the far bank during the exams."),
        ("orchard", "A late frost damaged most of the apple blossom in the hill orchards this week, and growers expect a harvest half the usual size. "
                  + "Some families lit small fires between the rows through the night, but the cold settled in the valley before dawn. "
                  + "The cooperative said it would buy fruit from the coast to keep its cider press running through the autumn."),
    ];

    public static readonly IReadOnlyDictionary<string, string?[]> Printers = new Dictionary<string, string?[]>
    {
        ["dam"] = [Wire, Newsmax, null],
        ["bridge"] = [Wire, Newsmax, Fox],
        ["orchard"] = [Wire, Newsmax, Newsmax],
    };

    protected override IReadOnlyList<CorpusDoc> CreateDocs() => Corpus();

    public static IReadOnlyList<CorpusDoc> Corpus() =>
        [.. Stories.SelectMany(story => Printers[story.Key].Select((outlet, i) =>
            new CorpusDoc($"{story.Key}-{i + 1}.txt", $"The {story.Key} story, edition {i + 1}", story.Text)
            {
                Outlet = outlet,
                Date = new DateOnly(2025, 4, 1 + i),
            }))];
}
