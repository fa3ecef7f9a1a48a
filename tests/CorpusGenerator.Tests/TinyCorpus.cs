using System.Text;

namespace CorpusGenerator.Tests;

/// <summary>
/// A small stand-in for the shared corpora, written by the test in the same layout (bbc/section/NNN.txt,
/// reuters21578/txt with its metadata.tsv, allsides-sample/txt with its metadata.tsv) so the generator's tests run
/// without /work/shared. The prose is assembled from news-like sentence frames: people who say things, numbers, quotes.
/// </summary>
public sealed class TinyCorpus : IDisposable
{
    private static readonly string[] FirstNames = ["Maria", "John", "Ahmed", "Laura", "David", "Sofia", "Peter", "Grace"];
    private static readonly string[] LastNames = ["Lopez", "Okafor", "Brennan", "Nakamura", "Fischer", "Haddad", "Kowalski", "Moreau", "Lindqvist", "Adeyemi"];
    private static readonly string[] Subjects = ["The council", "The ministry", "The company", "The union", "Lawmakers", "Regulators", "Investors", "The hospital board", "Local officials", "The central bank"];
    private static readonly string[] Verbs = ["approved", "rejected", "delayed", "announced", "criticised", "welcomed", "reviewed", "questioned", "funded", "postponed"];
    private static readonly string[] Objects = ["a new budget for schools", "the plan to expand the port", "a tax on imported steel", "the merger of two regional banks", "changes to the pension system", "a ban on diesel cars in the centre", "the contract for the new bridge", "an inquiry into the water supply", "higher fees for public parking", "the closure of three rural clinics"];
    private static readonly string[] Places = ["in the capital", "across the region", "in northern districts", "along the coast", "in the industrial suburbs", "near the border", "in two provinces", "at the harbour"];
    private static readonly string[] Months = ["January", "March", "April", "June", "September", "October", "November"];
    private static readonly string[] Quotes = ["We cannot wait another year for this", "The numbers simply do not add up", "This is a good day for working families", "Nobody asked the people who live here", "We will look at every option on the table", "It is too early to say what went wrong"];
    private static readonly string[] Topics = ["economy", "health", "transport"];
    private static readonly (string Outlet, string Domain, int Weight)[] Outlets =
    [
        ("Daily Ledger", "www.dailyledger.example", 12), ("Morning Courier", "www.morningcourier.example", 6),
        ("Coast Gazette", "www.coastgazette.example", 2), ("Valley Times", "www.valleytimes.example", 1), ("Metro Wire", "www.metrowire.example", 1),
    ];

    public string Root { get; }

    public TinyCorpus(int allsides = 40, int bbc = 15, int reuters = 15)
    {
        Root = Path.Combine(Path.GetTempPath(), "tiny-corpus-" + Guid.NewGuid().ToString("N"));
        var random = new Random(7);
        var allsidesTxt = Directory.CreateDirectory(Path.Combine(Root, "allsides-sample", "txt")).FullName;
        var meta = new StringBuilder("file\toutlet\toutlet_domain\tdate\ttopic\turl\n");
        var outletBag = Outlets.SelectMany(o => Enumerable.Repeat(o, o.Weight)).ToArray();
        for (var i = 0; i < allsides; i++)
        {
            var name = $"as{i:D3}.txt";
            var topic = Topics[i % Topics.Length];
            var outlet = outletBag[random.Next(outletBag.Length)];
            File.WriteAllText(Path.Combine(allsidesTxt, name), Article(random, 7 + random.Next(5)));
            meta.Append($"{name}\t{outlet.Outlet}\t{outlet.Domain}\t2019-05-{1 + i % 28:D2}\t{topic}\thttps://{outlet.Domain}/{i}\n");
        }
        File.WriteAllText(Path.Combine(Root, "allsides-sample", "metadata.tsv"), meta.ToString());

        foreach (var section in new[] { "business", "politics" })
        {
            var dir = Directory.CreateDirectory(Path.Combine(Root, "bbc", section)).FullName;
            for (var i = 0; i < bbc / 2 + 1; i++) File.WriteAllText(Path.Combine(dir, $"{i + 1:D3}.txt"), Article(random, 5 + random.Next(4)));
        }

        var reutersTxt = Directory.CreateDirectory(Path.Combine(Root, "reuters21578", "txt")).FullName;
        var reutersMeta = new StringBuilder("file\tnewid\tdate\tlewissplit\ttopics\tplaces\thas_body\n");
        for (var i = 0; i < reuters; i++)
        {
            var name = $"{i + 1:D5}.txt";
            var article = Article(random, 4 + random.Next(3)).Split("\n\n");
            // Reuters layout: an upper-case title, wrapped lines, paragraphs indented, " Reuter" at the end.
            var body = string.Join("\n", article.Skip(1).Select((p, k) => (k == 0 ? "" : "    ") + p.Trim()));
            File.WriteAllText(Path.Combine(reutersTxt, name), article[0].ToUpperInvariant() + "\n\n" + body + "\n Reuter\n&#3;");
            reutersMeta.Append($"txt/{name}\t{i + 1}\t26-FEB-1987 15:01:01.79\tTRAIN\t{(i % 2 == 0 ? "trade" : "")}\tusa\t1\n");
        }
        File.WriteAllText(Path.Combine(Root, "reuters21578", "metadata.tsv"), reutersMeta.ToString());
    }

    private static string Article(Random random, int paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append($"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)}\n\n");
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                sb.Append(Sentence(random));
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }

    private static string Sentence(Random random)
    {
        var person = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        return random.Next(5) switch
        {
            0 => $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Places)} on {random.Next(2, 29)} {Pick(random, Months)}, {person} said.",
            1 => $"“{Pick(random, Quotes)},” {person} said after a meeting {Pick(random, Places)}.",
            2 => $"The figures show that {random.Next(100, 9000)} households {Pick(random, Places)} were affected, a rise of {random.Next(2, 40)} percent since {Pick(random, Months)}.",
            3 => $"{person} said {Pick(random, Subjects).ToLowerInvariant()} had {Pick(random, Verbs)} {Pick(random, Objects)} because costs reached {random.Next(2, 90)} million dollars.",
            _ => $"Critics {Pick(random, Places)} argued that {Pick(random, Objects)} would take at least {random.Next(2, 12)} years and cost far more than planned.",
        };
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}
