namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// A small news corpus with three outlets, two recurring persons, two cited outlets, dates over two years, an article
/// carrying markup in its text, and two articles that share a long passage.
/// </summary>
public static class NewsCorpus
{
    public const string Harbor = "Harbor Ledger";
    public const string Prairie = "Prairie Courier";
    public const string Summit = "Summit Times";
    public const string Delgado = "Maria Delgado";
    public const string Berglund = "Tomas Berglund";

    public const string SharedPassage =
        "The regional transit authority confirmed on Thursday that the northern ferry line will be suspended for six weeks "
        + "while engineers replace the corroded landing ramps and inspect every mooring post along the eastern quay.";

    public static IReadOnlyList<CorpusDoc> Docs() =>
    [
        new("d1.txt", "Harbor dredging plan approved",
            "The city council approved the harbor dredging plan on Tuesday after a long debate.\n" +
            "Maria Delgado, the port commissioner, spoke after the vote. “The channel must be deeper for the new ships,” Delgado said.\n" +
            "Fishermen worried about silt.")
        {
            Outlet = Harbor, Date = new(2025, 3, 4), Author = "Ann Porter", Persons = [Delgado],
        },
        new("d2.txt", "Fishermen protest dredging",
            "Fishermen gathered at the pier to protest the dredging works.\n" +
            "Maria Delgado met them at noon. “We will protect the fishing grounds,” Delgado said.\n" +
            "The protest was peaceful, according to Reuters.")
        {
            Outlet = Prairie, Date = new(2025, 3, 10), Author = "Ben Ortiz", Persons = [Delgado], Cites = ["Reuters"],
        },
        new("d3.txt", "Wheat harvest breaks record",
            "A record wheat harvest was reported this summer.\n" +
            "Tomas Berglund said rain came at the right time. “It was an unusual season,” Berglund said.")
        {
            Outlet = Prairie, Date = new(2025, 7, 15), Author = "Cara Holm", Persons = [Berglund],
        },
        new("d4.txt", "Drought threatens wheat farmers",
            "A long drought threatens wheat farmers in the valley, and the season was dry.\n" +
            "Tomas Berglund warned that yields could fall. Officials discussed irrigation subsidies.")
        {
            Outlet = Summit, Date = new(2024, 8, 2), Author = "Dev Rao", Persons = [Berglund],
        },
        new("d5.txt", "Mountain railway reopens",
            "The mountain railway reopened after repairs. The passengers praised the scenic route.\n" +
            "Maria Delgado attended the ceremony, The Telegraph reported.")
        {
            Outlet = Summit, Date = new(2025, 11, 20), Author = "Eli Stone", Persons = [Delgado], Cites = ["The Telegraph"],
        },
        new("d6.txt", "Council budget vote delayed",
            "The council delayed its budget vote. Members could not agree on harbor spending or railway subsidies.")
        {
            Outlet = Harbor, Section = "Opinion", Date = new(2025, 11, 21), Author = "Ann Porter",
        },
        new("d7.txt", "Comment section defaced <script>alert(1)</script>",
            "Moderators found the string <script>alert(1)</script> pasted into a comment about the harbor.\n" +
            "Another comment held <img src=x onerror=alert(2)> and a <b>bold</b> tag.")
        {
            Outlet = Harbor, Date = new(2025, 5, 5), Author = "Ann Porter",
        },
        new("d8.txt", "Ferry line suspended for repairs",
            "Commuters on the island face a longer trip this spring. " + SharedPassage + "\n" +
            "Shop owners near the terminal expect fewer customers.")
        {
            Outlet = Harbor, Date = new(2025, 9, 1), Author = "Ann Porter",
        },
        new("d9.txt", "Island commuters brace for ferry closure",
            "Local schools will adjust their timetables. " + SharedPassage + "\n" +
            "The mayor promised extra buses on the mainland route.")
        {
            Outlet = Summit, Date = new(2025, 9, 2), Author = "Eli Stone",
        },
    ];
}
