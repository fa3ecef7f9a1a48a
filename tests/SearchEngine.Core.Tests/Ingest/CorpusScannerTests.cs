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
}
