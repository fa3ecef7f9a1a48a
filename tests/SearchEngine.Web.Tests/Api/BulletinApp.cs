using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Api;

/// <summary>The web app over 230 short bulletins: more matches than a page, and more than one export chunk (200).</summary>
public sealed class BulletinApp : WebApp
{
    public static readonly string[] Outlets = ["North Wire", "South Post", "East Herald"];
    private static readonly string[] Topics = ["bridge repairs", "school meals", "river levels", "bus fares", "library hours", "park lights", "tax forms"];

    protected override IReadOnlyList<CorpusDoc> CreateDocs() => Enumerable.Range(1, 230).Select(i =>
    {
        var named = i % 10 == 0;
        var title = i == 7 ? "Bulletin 007, the \"special\" edition" : $"Bulletin {i:000} on {Topics[i % Topics.Length]}";
        var body = $"This bulletin number {i} covers {Topics[i % Topics.Length]} in district {i % 13} and week {i % 52}."
                   + (named ? " Maria Delgado said the figures were checked twice." : "");
        return new CorpusDoc($"b{i:000}.txt", title, body)
        {
            Outlet = Outlets[i % Outlets.Length],
            Date = new DateOnly(2024, 1, 1).AddDays(i * 2),
            Author = $"Writer {i % 4}",
            Persons = named ? [NewsCorpus.Delgado] : [],
        };
    }).ToList();
}
