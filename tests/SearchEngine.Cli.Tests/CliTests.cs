using System.Text.Json;

namespace SearchEngine.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public CliTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "corpus"));
        File.WriteAllText(Path.Combine(_root, "corpus", "metadata.tsv"), "file\toutlet\tdate\na.txt\tReuters\t2020-03-01\nb.txt\tMetro Herald\t2020-03-02\n");
        File.WriteAllText(Path.Combine(_root, "corpus", "a.txt"), "Ceasefire talks resume\n\nDiplomats negotiating in Geneva said progress was slow.");
        File.WriteAllText(Path.Combine(_root, "corpus", "b.txt"), "Harvest report\n\nCocoa arrivals rose as negotiations stalled.");
    }

    private string Corpus => Path.Combine(_root, "corpus");
    private string Index => Path.Combine(_root, "index");

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Cli.Run(Cli.CreateRoot(), args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Index_prints_a_summary_and_a_second_run_says_nothing_changed()
    {
        var first = Run("index", Corpus, "--index", Index);
        Assert.Equal(0, first.Code);
        Assert.Contains("articles added             2", first.Out);
        Assert.Contains("articles/second", first.Out);

        var second = Run("index", Corpus, "--index", Index);
        Assert.Equal(0, second.Code);
        Assert.Contains("nothing changed", second.Out);
        Assert.DoesNotContain("articles/second", second.Out);  // no rate for a run that indexed nothing
    }

    [Fact]
    public void Search_json_has_hits_total_and_facets()
    {
        Run("index", Corpus, "--index", Index);
        var (code, output, _) = Run("search", "negotiations", "--index", Index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("hits").GetArrayLength());
        var outlets = root.GetProperty("facets").GetProperty("outlet").GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Reuters"] = 1, ["Metro Herald"] = 1 }, outlets);
        Assert.Contains("<mark>", root.GetProperty("hits")[0].GetProperty("snippetHtml").GetString());
    }

    [Fact]
    public void Show_json_returns_the_stored_article()
    {
        Run("index", Corpus, "--index", Index);
        using var search = JsonDocument.Parse(Run("search", "cocoa", "--index", Index, "--json").Out);
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
        var (code, output, _) = Run("show", id, "--index", Index, "--json");
        Assert.Equal(0, code);
        using var article = JsonDocument.Parse(output);
        Assert.Equal("Metro Herald", article.RootElement.GetProperty("outlet").GetString());
        Assert.Equal("2020-03-02", article.RootElement.GetProperty("date").GetString());
        Assert.Contains("Cocoa arrivals", article.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Stats_counts_articles()
    {
        Run("index", Corpus, "--index", Index);
        var (code, output, _) = Run("stats", "--index", Index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("outlets").GetInt32());
    }

    [Fact]
    public void A_missing_index_exits_non_zero_with_one_line()
    {
        var (code, _, error) = Run("search", "x", "--index", Path.Combine(_root, "none"));
        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("no index", error);
    }

    [Fact]
    public void A_usage_error_exits_with_2()
    {
        Assert.Equal(2, Run("search", "--limit", "many").Code);
        Assert.Equal(2, Run("frobnicate").Code);
    }

    [Fact]
    public void A_missing_corpus_folder_exits_non_zero()
    {
        var (code, _, error) = Run("index", Path.Combine(_root, "nope"), "--index", Index);
        Assert.Equal(1, code);
        Assert.Contains("not found", error);
    }

    [Fact]
    public void An_unknown_article_id_exits_non_zero()
    {
        Run("index", Corpus, "--index", Index);
        Assert.Equal(1, Run("show", "../../etc/passwd", "--index", Index).Code);
    }

    [Fact]
    public void Extract_json_shows_what_would_be_stored_for_one_file_with_its_sidecar()
    {
        var (code, output, _) = Run("extract", Path.Combine(Corpus, "a.txt"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("Reuters", article.GetProperty("outlet").GetString());
        Assert.Equal("2020-03-01", article.GetProperty("date").GetString());
        Assert.Contains("Diplomats negotiating", article.GetProperty("text").GetString());
    }

    [Fact]
    public void Extract_uses_the_publisher_file_of_a_folder_above_the_file()
    {
        Directory.CreateDirectory(Path.Combine(Corpus, "bbc", "politics"));
        File.WriteAllText(Path.Combine(Corpus, "bbc", "publisher.txt"), "BBC News\n");
        File.WriteAllText(Path.Combine(Corpus, "bbc", "politics", "c.txt"), "Budget vote\n\nThe budget passed after a long debate.");

        var (code, output, _) = Run("extract", Path.Combine(Corpus, "bbc", "politics", "c.txt"), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("BBC News", json.RootElement.GetProperty("articles")[0].GetProperty("outlet").GetString());
    }

    [Fact]
    public void Extract_of_a_missing_file_exits_non_zero()
    {
        Assert.Equal(1, Run("extract", Path.Combine(_root, "missing.txt")).Code);
    }

    [Fact]
    public void Duplicates_with_a_query_that_cannot_be_parsed_exits_with_2_and_says_why()
    {
        Run("index", Corpus, "--index", Index);
        var (code, _, error) = Run("duplicates", "--level", "story", "--query", "nosuchfield:x", "--index", Index);
        Assert.Equal(2, code);
        Assert.Contains("nosuchfield", error);
    }
}
