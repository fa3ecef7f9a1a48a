using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Ingest;

public class DocumentReaderTests
{
    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_its_size()
    {
        using var corpus = new TempCorpus();
        corpus.Write("big.txt", new string('x', 2000));
        var listing = CorpusScanner.Scan(corpus.Corpus);
        var (document, skipped) = new DocumentReader(listing.Sidecars, new IngestOptions(MaxFileBytes: 1000)).Read(listing.Files[0]);
        Assert.Null(document);
        Assert.Contains("too large", skipped!.Reason);
        Assert.Contains("2,000", skipped.Reason);
    }

    [Fact]
    public void A_file_that_vanished_after_listing_is_skipped()
    {
        using var corpus = new TempCorpus();
        corpus.Write("gone.txt", "text");
        var listing = CorpusScanner.Scan(corpus.Corpus);
        corpus.Delete("gone.txt");
        var (_, skipped) = new DocumentReader(listing.Sidecars, IngestOptions.Default).Read(listing.Files[0]);
        Assert.Contains("vanished", skipped!.Reason);
    }

    [Fact]
    public void Content_hash_follows_the_bytes()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "same");
        corpus.Write("b.txt", "same");
        corpus.Write("c.txt", "other");
        var listing = CorpusScanner.Scan(corpus.Corpus);
        var reader = new DocumentReader(listing.Sidecars, IngestOptions.Default);
        var hashes = listing.Files.Select(f => reader.Read(f).Document!.ContentHash).ToList();
        Assert.Equal(hashes[0], hashes[1]);
        Assert.NotEqual(hashes[0], hashes[2]);
    }
}
