using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.TestSupport;

namespace SearchEngine.Core.Tests.Ingest;

public class SidecarMetadataTests
{
    [Fact]
    public void Tsv_rows_match_files_by_relative_path()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.tsv", "path\tcategory\ttitle\nbusiness/001.txt\tbusiness\tAd sales boost profit\n");
        corpus.Write("business/001.txt", "x");
        var listing = CorpusScanner.Scan(corpus.Corpus);
        Assert.Equal("Ad sales boost profit", listing.Sidecars.Lookup("business/001.txt").Title);
        Assert.True(listing.Sidecars.Lookup("business/002.txt").IsEmpty);
    }

    [Fact]
    public void Rows_match_by_file_name_in_a_subfolder_and_by_stem()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.tsv", "file\toutlet\tdate\turl\nabc.txt\tBreitbart News\t2017-09-12\thttp://x/1\ndef\tCNN\t2019-07-11\t\n");
        var sidecars = CorpusScanner.Scan(corpus.Corpus).Sidecars;
        Assert.Equal(new SourceMetadata(null, "Breitbart News", "2017-09-12", null, "http://x/1"), sidecars.Lookup("txt/abc.txt"));
        Assert.Equal("CNN", sidecars.Lookup("txt/def.txt").Outlet);
        Assert.Null(sidecars.Lookup("txt/def.txt").Url);
    }

    [Fact]
    public void Csv_with_quoted_cells_and_other_column_names_is_read()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.csv", "filename,headline,publisher,published,byline\r\n\"a.txt\",\"Talks, at last\",\"The \"\"Times\"\"\",2020-01-02,Ann Lee\r\n");
        var row = CorpusScanner.Scan(corpus.Corpus).Sidecars.Lookup("a.txt");
        Assert.Equal(new SourceMetadata("Talks, at last", "The \"Times\"", "2020-01-02", "Ann Lee", null), row);
    }

    [Fact]
    public void A_sidecar_without_a_file_column_is_reported_and_ignored()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.tsv", "title\toutlet\nx\ty\n");
        var listing = CorpusScanner.Scan(corpus.Corpus);
        var problem = Assert.Single(listing.Skipped);
        Assert.Equal("metadata.tsv", problem.RelativePath);
        Assert.Contains("no column naming the file", problem.Reason);
    }

    [Fact]
    public void Sidecar_wins_over_front_matter_which_fills_the_rest()
    {
        using var corpus = new TempCorpus();
        corpus.Write("metadata.tsv", "file\ttitle\toutlet\na.txt\tSidecar title\t\n");
        corpus.Write("a.txt", "---\ntitle: Front title\noutlet: Front Outlet\n---\nBody.");
        var listing = CorpusScanner.Scan(corpus.Corpus);
        var (document, _) = new DocumentReader(listing.Sidecars, IngestOptions.Default).Read(listing.Files.Single());
        Assert.Equal("Sidecar title", document!.Metadata.Title);
        Assert.Equal("Front Outlet", document.Metadata.Outlet);
        Assert.Equal("Body.", document.Text);
    }
}
