using System.Text.RegularExpressions;
using Shouldly;
using Xunit;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Tests.Duplicates;

/// <summary>The seed articles: 000, 001 and 002 rewrite one Telegraph report, 003 covers the same topic, 004 is a digest.</summary>
public partial class SeedCorpusDuplicateTests
{
    private static (DuplicateIndex Index, List<(string Id, string Text)> Excerpts) IndexSeeds()
    {
        var folder = TestTexts.SampleCorpus();
        if (folder is null) Assert.Skip("sample-corpus (or ../shared/corpus/seeds) not found");
        var builder = new FingerprintBuilder();
        var index = new DuplicateIndex();
        var excerpts = new List<(string, string)>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path)[..3];
            var text = File.ReadAllText(path);
            if (name == "004")
            {
                var parts = SplitDigest(text);
                for (var i = 0; i < parts.Count; i++) excerpts.Add(($"004-{i + 1}", parts[i]));
            }
            else index.Add(builder.Build(name, text));
        }
        foreach (var (id, text) in excerpts) index.Add(builder.Build(id, text));
        return (index, excerpts);
    }

    /// <summary>
    /// A crude digest splitter for this test only: a blank line ends an excerpt, and so does a line opening with an
    /// outlet in brackets ("(The Economist) …"), which takes the short headline lines just above it along.
    /// </summary>
    private static List<string> SplitDigest(string text)
    {
        var excerpts = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0) excerpts.Add(current);
                current = [];
                continue;
            }
            if (OutletLead().IsMatch(line) && current.Count > 0)
            {
                var heading = new List<string>();
                while (current.Count > 0 && heading.Count < 3 && current[^1].Length < 120 && !current[^1].TrimEnd().EndsWith('.'))
                {
                    heading.Insert(0, current[^1]);
                    current.RemoveAt(current.Count - 1);
                }
                if (current.Count > 0) excerpts.Add(current);
                current = heading;
            }
            current.Add(line);
        }
        if (current.Count > 0) excerpts.Add(current);
        return [.. excerpts.Select(e => string.Join('\n', e)).Where(e => e.Split(' ').Length >= 40)];
    }

    [GeneratedRegex(@"^\((The |AP|[A-Z])")]
    private static partial Regex OutletLead();

    [Fact]
    public void The_three_rewrites_form_one_story_cluster_without_the_same_topic_article()
    {
        var (index, excerpts) = IndexSeeds();
        excerpts.Count.ShouldBeGreaterThan(8);

        var cluster = index.ClusterOf("000", DuplicateLevel.Story).ShouldNotBeNull();
        cluster.Members.Select(m => m.Id).Order().ShouldBe(["000", "001", "002"]);
        index.ClusterOf("003", DuplicateLevel.Story).ShouldBeNull();
    }

    [Fact]
    public void The_rewrites_share_almost_no_shingles_so_only_the_story_level_joins_them()
    {
        var (index, _) = IndexSeeds();
        index.Similarity("000", "001", DuplicateLevel.Near).ShouldBeLessThan(0.05);
        index.ClusterOf("000", DuplicateLevel.Near).ShouldBeNull();
    }

    [Fact]
    public void The_paragraph_two_digest_excerpts_share_is_a_copied_passage()
    {
        var (index, excerpts) = IndexSeeds();
        var texts = excerpts.ToDictionary(e => e.Id, e => e.Text);
        var links = excerpts.SelectMany(e => index.PassagesOf(e.Id).Select(p => (e.Id, Passage: p))).ToList();
        links.ShouldNotBeEmpty();
        var (id, passage) = links[0];
        texts[id][passage.Span.Start..passage.Span.End].ShouldContain("bipartisan pressure to support a bill");
        texts[passage.OtherId][passage.OtherSpan.Start..passage.OtherSpan.End].ShouldContain("bipartisan pressure to support a bill");
    }

    [Fact]
    public void The_repeated_paragraph_is_found_inside_the_unsplit_digest()
    {
        var folder = TestTexts.SampleCorpus();
        if (folder is null) Assert.Skip("sample-corpus (or ../shared/corpus/seeds) not found");
        var digest = File.ReadAllText(Directory.GetFiles(folder, "004_*.txt").Single());
        var passage = PassageFinder.FindWithin(digest).ShouldHaveSingleItem();
        digest[passage.A.Start..passage.A.End].ShouldStartWith("In recent months, Trump has been under bipartisan pressure");
        digest[passage.B.Start..passage.B.End].ShouldBe(digest[passage.A.Start..passage.A.End]);
        passage.A.End.ShouldBeLessThan(passage.B.Start);
    }
}
