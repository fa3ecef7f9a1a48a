using System.Globalization;
using Shouldly;

namespace CorpusGenerator.Tests;

public sealed class GeneratorTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private List<string[]> Truth(string kind) => corpus.Rows("ground-truth.tsv").Where(r => r[0] == kind).ToList();

    [Fact]
    public void Same_seed_writes_identical_bytes_whatever_the_thread_count()
    {
        var again = Path.Combine(Path.GetTempPath(), "generated-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            new Generator(SourceCorpus.Load(corpus.Source.Root), GeneratedCorpus.Options300(corpus.Source.Root, again, threads: 1)).Run();
            var first = AllFiles(corpus.Output);
            var second = AllFiles(again);
            second.Keys.ShouldBe(first.Keys);
            foreach (var (path, bytes) in first) second[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs between runs");
        }
        finally
        {
            Directory.Delete(again, true);
        }
    }

    [Fact]
    public void Another_seed_writes_other_articles()
    {
        var other = Path.Combine(Path.GetTempPath(), "generated-other-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = GeneratedCorpus.Options300(corpus.Source.Root, other) with { Seed = 43, Count = 20 };
            new Generator(SourceCorpus.Load(corpus.Source.Root), options).Run();
            var same = Enumerable.Range(0, 20).Count(i =>
                File.ReadAllText(Path.Combine(other, Generator.FileName(i, 100))) == corpus.Read(Generator.FileName(i, 100)));
            same.ShouldBeLessThan(3);
        }
        finally
        {
            Directory.Delete(other, true);
        }
    }

    [Fact]
    public void Near_duplicates_have_a_shingle_jaccard_inside_the_band_and_as_stated()
    {
        var near = Truth("near");
        near.Count.ShouldBeGreaterThanOrEqualTo(15);
        foreach (var row in near)
        {
            var j = TextMeasures.Jaccard(corpus.Read(row[1]), corpus.Read(row[2]));
            j.ShouldBeInRange(corpus.Options.NearMin, corpus.Options.NearMax, $"{row[1]} vs {row[2]}");
            j.ShouldBe(double.Parse(row[3], CultureInfo.InvariantCulture), 0.0001);
            corpus.Read(row[1]).ShouldNotBe(corpus.Read(row[2]));
        }
    }

    [Fact]
    public void Rewrites_share_little_text_but_the_numbers_of_their_source()
    {
        var rewrites = Truth("rewrite");
        rewrites.Count.ShouldBeGreaterThanOrEqualTo(10);
        var sharingNumbers = 0;
        foreach (var row in rewrites)
        {
            var rewrite = corpus.Read(row[1]);
            var source = corpus.Read(row[2]);
            TextMeasures.Jaccard(rewrite, source).ShouldBeLessThanOrEqualTo(corpus.Options.RewriteMax, $"{row[1]} vs {row[2]}");
            if (TextMeasures.Numbers(rewrite).Overlaps(TextMeasures.Numbers(source))) sharingNumbers++;
        }
        sharingNumbers.ShouldBeGreaterThanOrEqualTo(rewrites.Count * 8 / 10);
    }

    [Fact]
    public void Exact_copies_have_the_same_text_once_whitespace_is_normalised()
    {
        var exact = Truth("exact");
        exact.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var row in exact)
        {
            row[1].ShouldNotBe(row[2]);
            TextMeasures.NormaliseWhitespace(corpus.Read(row[1])).ShouldBe(TextMeasures.NormaliseWhitespace(corpus.Read(row[2])));
        }
    }

    [Fact]
    public void Ground_truth_names_existing_files_and_each_source_is_an_original()
    {
        var kinds = corpus.Rows("sources.tsv").ToDictionary(r => r[0], r => r[1]);
        corpus.Header("ground-truth.tsv").ShouldBe(["kind", "file", "source", "jaccard", "edits"]);
        var rows = corpus.Rows("ground-truth.tsv");
        rows.Count.ShouldBe(corpus.Summary.Exact + corpus.Summary.Near + corpus.Summary.Rewrite);
        foreach (var row in rows)
        {
            row[0].ShouldBeOneOf("exact", "near", "rewrite");
            File.Exists(Path.Combine(corpus.Output, row[1])).ShouldBeTrue(row[1]);
            File.Exists(Path.Combine(corpus.Output, row[2])).ShouldBeTrue(row[2]);
            kinds[row[1]].ShouldBe(row[0]);
            kinds[row[2]].ShouldBe("original");
        }
    }

    [Fact]
    public void Metadata_has_one_row_for_every_file_with_the_columns_the_indexer_reads()
    {
        corpus.Header("metadata.tsv").ShouldBe(["file", "title", "outlet", "date", "author", "url"]);
        var rows = corpus.Rows("metadata.tsv");
        var files = Directory.EnumerateFiles(corpus.Output, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus.Output, f).Replace('\\', '/')).Order().ToList();
        files.Count.ShouldBe(300);
        rows.Select(r => r[0]).Order().ShouldBe(files);
        foreach (var row in rows)
        {
            row.Length.ShouldBe(6);
            row[1].ShouldNotBeNullOrWhiteSpace();
            row[2].ShouldNotBeNullOrWhiteSpace();
            var date = DateOnly.ParseExact(row[3], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            date.Year.ShouldBeInRange(2012, 2025);
            row[5].ShouldStartWith("https://");
            corpus.Read(row[0]).Split('\n')[0].TrimEnd().ShouldBe(row[1]);
        }
    }

    [Fact]
    public void Articles_are_spread_over_folders_no_larger_than_the_folder_size()
    {
        var folders = Directory.GetDirectories(corpus.Output);
        folders.Length.ShouldBe(3);
        foreach (var folder in folders) Directory.GetFiles(folder).Length.ShouldBeLessThanOrEqualTo(100);
    }

    [Fact]
    public void Outlets_follow_the_skew_of_the_source_metadata()
    {
        var outlets = corpus.Rows("metadata.tsv").GroupBy(r => r[2]).ToDictionary(g => g.Key, g => g.Count());
        outlets.Keys.ShouldBeSubsetOf(["Daily Ledger", "Morning Courier", "Coast Gazette", "Valley Times", "Metro Wire"]);
        outlets["Daily Ledger"].ShouldBeGreaterThan(outlets.GetValueOrDefault("Valley Times") * 3);
    }

    [Fact]
    public void Some_articles_carry_a_byline_a_dateline_and_a_copyright_line_that_match_the_metadata()
    {
        var rows = corpus.Rows("metadata.tsv");
        var originals = corpus.Rows("sources.tsv").Where(r => r[1] == "original").Select(r => r[0]).ToHashSet();
        int bylines = 0, datelines = 0, copyrights = 0;
        foreach (var row in rows.Where(r => originals.Contains(r[0])))
        {
            var lines = corpus.Read(row[0]).Split('\n');
            if (lines[2].StartsWith("By ", StringComparison.Ordinal))
            {
                bylines++;
                lines[2].ShouldBe("By " + row[4]);
            }
            if (lines.Any(l => l.Contains(" (Reuters) - ", StringComparison.Ordinal) || l.Contains(" (AP) — ", StringComparison.Ordinal))) datelines++;
            if (lines.Any(l => l.StartsWith("© ", StringComparison.Ordinal) || l.StartsWith("Copyright ", StringComparison.Ordinal) || l.StartsWith("(c) ", StringComparison.Ordinal)))
            {
                copyrights++;
                lines.Last(l => l.Length > 0).ShouldContain(row[2]);
            }
        }
        bylines.ShouldBeInRange(originals.Count / 6, originals.Count / 2);
        datelines.ShouldBeGreaterThan(5);
        copyrights.ShouldBeGreaterThan(5);
    }

    private static Dictionary<string, byte[]> AllFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
}
