using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class OutletDirectoryTests
{
    [Theory]
    [InlineData("AP", "Associated Press")]
    [InlineData("The Associated Press", "Associated Press")]
    [InlineData("Telegraph UK", "The Telegraph")]
    [InlineData("new york times", "The New York Times")]
    [InlineData("Fox Online News", "Fox News")]
    [InlineData("Bloomberg AI", "Bloomberg")]
    public void Aliases_map_to_one_canonical_outlet(string alias, string canonical) =>
        Assert.Equal(canonical, OutletDirectory.Default.Normalize(alias));

    [Fact]
    public void Unknown_outlets_are_kept_as_written()
    {
        Assert.Equal("Guest Writer - Right", OutletDirectory.Default.Normalize("  Guest Writer - Right "));
        Assert.Null(OutletDirectory.Default.Normalize(" "));
    }

    [Fact]
    public void Bare_common_words_are_not_outlet_names_in_prose()
    {
        Assert.Equal("Time", OutletDirectory.Default.Find("Time"));
        Assert.Null(OutletDirectory.Default.FindInText("Time"));
    }
}
