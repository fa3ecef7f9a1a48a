using Shouldly;

namespace CorpusGenerator.Tests;

public sealed class CliTests
{
    [Fact]
    public void Flags_become_options()
    {
        var o = Cli.Parse(["--source", "src", "--out", "dst", "--count", "1000", "--seed", "7", "--near-rate", "0.1", "--folder-size", "500"]);
        o.Source.ShouldBe("src");
        o.Output.ShouldBe("dst");
        o.Count.ShouldBe(1000);
        o.Seed.ShouldBe(7);
        o.NearRate.ShouldBe(0.1);
        o.FolderSize.ShouldBe(500);
        o.ExactRate.ShouldBe(0.03);
    }

    [Theory]
    [InlineData("--source", "s")]
    [InlineData("--source", "s", "--out", "o", "--near-rate", "1.5")]
    [InlineData("--source", "s", "--out", "o", "--bogus", "1")]
    public void Bad_arguments_exit_with_a_usage_error(params string[] args)
    {
        var stderr = new StringWriter();
        Cli.Run(args, new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().ShouldContain("usage:");
    }

    [Fact]
    public void A_non_empty_output_folder_is_refused()
    {
        using var source = new TinyCorpus(allsides: 6, bbc: 0, reuters: 0);
        var output = Directory.CreateDirectory(Path.Combine(source.Root, "out")).FullName;
        File.WriteAllText(Path.Combine(output, "keep.txt"), "x");
        var stderr = new StringWriter();
        Cli.Run(["--source", source.Root, "--out", output, "--count", "5"], new StringWriter(), stderr).ShouldBe(1);
        stderr.ToString().ShouldContain("not empty");
        File.ReadAllText(Path.Combine(output, "keep.txt")).ShouldBe("x");
    }
}
