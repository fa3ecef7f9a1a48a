using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Tests.Ingest;

public class FrontMatterTests
{
    [Fact]
    public void Dashed_block_gives_metadata_and_is_removed_from_the_text()
    {
        var (metadata, text) = FrontMatter.Split("---\ntitle: \"Peace talks\"\noutlet: Reuters\ndate: 2025-11-22\nauthor: Jane Roe\ntags: x\n---\nBody text.");
        Assert.Equal(new SourceMetadata("Peace talks", "Reuters", "2025-11-22", "Jane Roe", null), metadata);
        Assert.Equal("Body text.", text);
    }

    [Fact]
    public void Leading_key_value_lines_followed_by_a_blank_line_are_front_matter()
    {
        var (metadata, text) = FrontMatter.Split("Title: Peace talks\nSource: AP\nURL: https://example.org/a\n\nBody text.");
        Assert.Equal("Peace talks", metadata.Title);
        Assert.Equal("AP", metadata.Outlet);
        Assert.Equal("https://example.org/a", metadata.Url);
        Assert.Equal("Body text.", text);
    }

    [Theory]
    [InlineData("Why it matters: the plan is new.\n\nBody.")]
    [InlineData("Zoom in: four buckets\nTitle: x\n\nBody.")]
    [InlineData("Title: only one block and no body")]
    [InlineData("---\ntitle: never closed\nBody.")]
    public void Text_that_only_looks_like_fields_is_left_alone(string input)
    {
        var (metadata, text) = FrontMatter.Split(input);
        Assert.True(metadata.IsEmpty);
        Assert.Equal(input, text);
    }
}
