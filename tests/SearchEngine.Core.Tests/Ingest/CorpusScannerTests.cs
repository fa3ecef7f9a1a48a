using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Ingest;

public class CorpusScannerTests
{
    [Fact]
    public void Txt_and_md_are_read_recursively_and_other_files_are_reported()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "x");
        corpus.Write("deep/er/b.md", "x");
        corpus.Write("c.pdf", "x");
        corpus.Write(".git/config", "x");
        var listing = CorpusScanner.Scan(corpus.Corpus);
        Assert.Equal(["a.txt", "deep/er/b.md"], listing.Files.Select(f => f.RelativePath));
        var skipped = Assert.Single(listing.Skipped);
        Assert.Equal("c.pdf", skipped.RelativePath);
        Assert.Contains(".pdf", skipped.Reason);
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => CorpusScanner.Scan("/no/such/folder"));
        Assert.Contains("/no/such/folder", ex.Message);
    }

    [Fact]
    public void Folders_and_files_reached_through_links_are_read_and_a_loop_is_reported_once()
    {
        using var corpus = new TempCorpus();
        using var elsewhere = new TempCorpus();
        elsewhere.Write("one.txt", "x");
        elsewhere.Write("two.txt", "x");
        corpus.Write("a.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(corpus.Corpus, "txt"), elsewhere.Corpus);
        File.CreateSymbolicLink(Path.Combine(corpus.Corpus, "linked.txt"), Path.Combine(elsewhere.Corpus, "one.txt"));
        File.CreateSymbolicLink(Path.Combine(corpus.Corpus, "dangling.txt"), Path.Combine(elsewhere.Corpus, "gone.txt"));
        Directory.CreateSymbolicLink(Path.Combine(elsewhere.Corpus, "loop"), corpus.Corpus);

        var listing = CorpusScanner.Scan(corpus.Corpus);

        Assert.Equal(["a.txt", "linked.txt", "txt/one.txt", "txt/two.txt"], listing.Files.Select(f => f.RelativePath));
        Assert.Equal(1, listing.Files.Single(f => f.RelativePath == "linked.txt").Size);
        Assert.Contains(listing.Skipped, s => s.RelativePath == "txt/loop" && s.Reason.Contains("already read"));
        Assert.Contains(listing.Skipped, s => s.RelativePath == "dangling.txt" && s.Reason.Contains("does not exist"));
    }
}
