using System.Text;
using System.Text.Json;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Status;

/// <summary>
/// A first build the web app runs is stopped (kill -9 or Ctrl+C) at several points; started again with the same
/// settings, the app must say it is finishing the build, finish it, and end with what a clean build holds: the same
/// articles, persons, facets and duplicate clusters. Each point is reached by watching <c>/api/status</c>, never by
/// waiting a fixed time.
/// </summary>
public sealed class InterruptedBuildTests(InterruptedBuildTests.Corpus corpus) : IClassFixture<InterruptedBuildTests.Corpus>
{
    private const int CommitEveryFiles = 50;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData("first file read, nothing committed", false)]
    [InlineData("several commits stored", false)]
    [InlineData("several commits stored", true)]
    [InlineData("every article stored, derived data running", true)]
    [InlineData("every article stored, derived data running", false)]
    public async Task A_stopped_first_build_is_finished_at_the_next_start_and_matches_a_clean_build(string point, bool ctrlC)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sends POSIX signals with kill");
        using var index = new ScratchFolder();
        string[] settings = [$"--SearchEngine:IndexPath={index.Path}", $"--SearchEngine:CorpusPath={corpus.Folder}",
            $"--SearchEngine:CommitEveryFiles={CommitEveryFiles}"];

        // A fast machine can finish a stage between two polls; then the point was not hit, and the build is redone.
        var stopped = false;
        for (var attempt = 0; attempt < 5 && !stopped; attempt++)
        {
            index.Clear();
            using var first = await WebAppProcess.StartAsync(settings);
            if (await first.WaitForStatusAsync(status => Reached(point, status), Bound) is null) continue;
            if (ctrlC) first.Terminate(Bound);
            else first.Kill();
            // The signal lands a moment after the status was read: on a fast machine the remaining files may all be stored
            // by then, and that is not the point this case is about. Ctrl+C in the derived stages lets them end (they are
            // short), so there a finished build is what the stop is expected to leave.
            stopped = IndexBuilder.FindInterruptedRun(index.Path) is not null || !ArticleSearcher.Exists(index.Path)
                      || (ctrlC && point == "every article stored, derived data running");
        }
        Assert.True(stopped, $"the build finished before it could be stopped at '{point}' in 5 attempts");
        var left = IndexBuilder.FindInterruptedRun(index.Path);
        if (point == "several commits stored")
            Assert.True(left is { Articles: > 0 }, $"stopped at '{point}' but the index holds {left?.Articles.ToString() ?? "a finished build"}");

        using var second = await WebAppProcess.StartAsync(settings);
        var status = (await second.WaitForStatusAsync(s => s.GetProperty("phase").GetString() != "building", Bound))!.Value;
        Assert.Equal("ready", status.GetProperty("phase").GetString());
        Assert.True(status.GetProperty("message").ValueKind == JsonValueKind.Null, $"ready with a warning: {status}");
        if (left is not null) Assert.Contains("The last build stopped before its end", second.Output);

        var stats = JsonDocument.Parse(await second.Client.GetStringAsync("/api/stats")).RootElement;
        foreach (var (name, expected) in corpus.Stats)
            Assert.True(expected == stats.GetProperty(name).GetInt32(), $"{name}: {stats.GetProperty(name)} after stopping at '{point}', {expected} after a clean build");
        var search = JsonDocument.Parse(await second.Client.GetStringAsync("/api/search?group=story&facetSize=1000")).RootElement;
        Assert.Equal(corpus.Stories, search.GetProperty("stories").GetInt32());
        Assert.Equal(corpus.Facets, search.GetProperty("facets").GetRawText());
    }

    private static bool Reached(string point, JsonElement status)
    {
        var stage = status.GetProperty("stage").GetString();
        var done = status.GetProperty("done").GetInt32();
        return point switch
        {
            "first file read, nothing committed" => stage == "articles" && done >= 1,
            // The run commits after every 50 files it has taken in, so past 160 at least three commits hold articles.
            "several commits stored" => stage == "articles" && done >= 160,
            "every article stored, derived data running" => stage is "persons" or "duplicates",
            _ => throw new ArgumentOutOfRangeException(nameof(point), point, null),
        };
    }

    /// <summary>
    /// 700 generated articles (persons named in full and then by surname, near copies, exact copies, rewrites of one
    /// event) and what a clean, uninterrupted build of them holds.
    /// </summary>
    public sealed class Corpus : IDisposable
    {
        private readonly ScratchFolder _root = new();

        public Corpus()
        {
            Folder = System.IO.Path.Combine(_root.Path, "corpus");
            Directory.CreateDirectory(Folder);
            Write(Folder);
            var clean = System.IO.Path.Combine(_root.Path, "clean");
            new IndexBuilder(clean).Run(Folder);
            using var searcher = new ArticleSearcher(clean);
            var s = searcher.GetStats();
            Stats = new Dictionary<string, int>
            {
                ["articles"] = s.Articles, ["files"] = s.Files, ["outlets"] = s.Outlets, ["persons"] = s.Persons,
                ["exactClusters"] = s.ExactClusters, ["nearClusters"] = s.NearClusters, ["storyClusters"] = s.StoryClusters,
            };
            Assert.True(s.ExactClusters > 0 && s.NearClusters > 0, "the generated corpus should hold exact and near copies");
            var result = searcher.Search(new SearchRequest { FacetSize = 1000, Collapse = DuplicateLevel.Story });
            Stories = result.Stories;
            Facets = JsonSerializer.SerializeToElement(SearchJson.Result(result), SearchJson.CompactOptions).GetProperty("facets").GetRawText();
        }

        public string Folder { get; }
        public IReadOnlyDictionary<string, int> Stats { get; }
        public int Stories { get; }
        public string Facets { get; }

        public void Dispose() => _root.Dispose();

        private static void Write(string folder)
        {
            var random = new Random(20261206);
            string[] first = ["Maria", "Tomas", "Ingrid", "Kwame", "Lucia", "Hiroshi", "Amara", "Pavel", "Sofia", "Rahul"];
            string[] last = ["Delgado", "Berglund", "Okafor", "Novak", "Ferreira", "Tanaka", "Lindqvist", "Mensah", "Kowalski", "Haddad"];
            string[] outlets = ["Harbor Ledger", "Prairie Courier", "Summit Times", "Valley Post"];
            string[] topics = ["harbor dredging", "wheat harvest", "ferry repairs", "school budget", "bridge closure", "flood defences",
                "power outage", "rail strike", "museum opening", "water prices"];
            string[] words = ["council", "residents", "engineers", "report", "vote", "plan", "week", "funding", "contract", "delay",
                "inspection", "survey", "district", "officials", "proposal", "meeting", "costs", "schedule", "workers", "review"];
            var utf8 = new UTF8Encoding(false);
            var texts = new List<string>();
            for (var i = 0; i < 700; i++)
            {
                string text;
                if (i % 41 == 40) text = texts[i - 7];                                            // an exact copy
                else if (i % 17 == 16) text = texts[i - 3] + "\nThe article was updated with new figures."; // a near copy
                else
                {
                    var a = random.Next(first.Length);
                    var b = random.Next(last.Length);
                    var topic = topics[random.Next(topics.Length)];
                    var body = new StringBuilder();
                    body.Append($"{char.ToUpperInvariant(topic[0])}{topic[1..]} talks continue in district {i}\n\n");
                    body.Append($"{first[a]} {last[b]}, who leads the {topic} review, met officials on Monday. ");
                    for (var s = 0; s < 8; s++)
                        body.Append(string.Join(' ', Enumerable.Range(0, 14).Select(_ => words[random.Next(words.Length)]))).Append(". ");
                    body.Append($"\u201cWe will publish the {topic} figures soon,\u201d {last[b]} said. ");
                    body.Append($"Marker {i} closes the report.\n\n\u00a9 2025 {outlets[i % outlets.Length]}");
                    text = body.ToString();
                }
                texts.Add(text);
                File.WriteAllText(System.IO.Path.Combine(folder, $"{i:0000}.txt"), text, utf8);
            }
        }
    }

    /// <summary>A temp folder removed on dispose.</summary>
    public sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "se-stop-" + Guid.NewGuid().ToString("N")[..12]);

        public ScratchFolder() => Directory.CreateDirectory(Path);

        public void Clear()
        {
            Directory.Delete(Path, recursive: true);
            Directory.CreateDirectory(Path);
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
