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
    [InlineData("Bloomberg AI", "Bloomberg")]
    public void Aliases_map_to_one_canonical_outlet(string alias, string canonical) =>
        Assert.Equal(canonical, OutletDirectory.Default.Normalize(alias));

    [Fact]
    public void Unknown_outlets_are_kept_as_written()
    {
        Assert.Equal("Guest Writer - Right", OutletDirectory.Default.Normalize("  Guest Writer - Right "));
        Assert.Null(OutletDirectory.Default.Normalize(" "));
    }

    [Theory]
    [InlineData("https://www.cnn.com/2019/07/11/politics/story.html", "CNN")]
    [InlineData("http://politicalticker.blogs.cnn.com/2012/01/x/", "CNN")]
    [InlineData("www.nationalreview.com/2017/09/x", "National Review")]
    [InlineData("https://www.dailymail.co.uk/news/article-1.html", "Daily Mail")]
    public void A_web_address_on_an_outlets_domain_names_it(string url, string outlet) =>
        Assert.Equal(outlet, OutletDirectory.Default.FindByAddress(url));

    [Theory]
    [InlineData("https://www.example.com/cnn.com")]
    [InlineData("https://co.uk/")]
    [InlineData("not an address")]
    [InlineData(null)]
    public void Other_addresses_name_no_outlet(string? url) => Assert.Null(OutletDirectory.Default.FindByAddress(url));

    [Fact]
    public void Bare_common_words_are_not_outlet_names_in_prose()
    {
        Assert.Equal("Time", OutletDirectory.Default.Find("Time"));
        Assert.Null(OutletDirectory.Default.FindInText("Time"));
    }
}
