using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Ingest;

public class FolderPublishersTests
{
    [Fact]
    public void The_nearest_publisher_file_above_an_article_states_its_publisher()
    {
        using var corpus = new TempCorpus();
        corpus.Write("bbc/publisher.txt", "# the whole folder\n\nBBC News\n");
        corpus.Write("bbc/business/001.txt", "Text.");
        corpus.Write("bbc/wires/publisher.txt", "Reuters");
        corpus.Write("bbc/wires/002.txt", "Text.");
        corpus.Write("mixed/publisher.txt", "");
        corpus.Write("mixed/003.txt", "Text.");
        corpus.Write("004.txt", "Text.");

        var listing = CorpusScanner.Scan(corpus.Corpus);

        Assert.Equal(["004.txt", "bbc/business/001.txt", "bbc/wires/002.txt", "mixed/003.txt"], listing.Files.Select(f => f.RelativePath));
        Assert.Empty(listing.Skipped);
        Assert.Equal("BBC News", listing.Publishers.Lookup("bbc/business/001.txt"));
        Assert.Equal("Reuters", listing.Publishers.Lookup("bbc/wires/002.txt"));
        Assert.Null(listing.Publishers.Lookup("mixed/003.txt"));
        Assert.Null(listing.Publishers.Lookup("004.txt"));
    }

    [Fact]
    public void The_reader_passes_the_folder_publisher_beside_the_sidecar_row()
    {
        using var corpus = new TempCorpus();
        corpus.Write("publisher.txt", "BBC News");
        corpus.Write("metadata.tsv", "file\toutlet\na.txt\tReuters\n");
        corpus.Write("a.txt", "Text.");
        var listing = CorpusScanner.Scan(corpus.Corpus);

        var (document, _) = new DocumentReader(listing, IngestOptions.Default).Read(listing.Files.Single());

        Assert.Equal(("Reuters", "BBC News"), (document!.Metadata.Outlet, document.Metadata.FolderOutlet));
        Assert.Equal(listing.MetadataFor("a.txt"), document.Metadata);
    }

    [Fact]
    public void Extracting_one_file_finds_the_publisher_file_of_a_folder_above_it()
    {
        using var corpus = new TempCorpus();
        corpus.Write("publisher.txt", "BBC News");
        var path = corpus.Write("politics/a.txt", "Text.");

        Assert.Equal("BBC News", FolderPublishers.Nearest(Path.GetDirectoryName(path)!, []).Lookup("a.txt"));
    }
}
