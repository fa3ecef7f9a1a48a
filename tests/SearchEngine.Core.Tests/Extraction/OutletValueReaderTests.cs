using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class OutletValueReaderTests
{
    private static OutletValue Read(string? value) => OutletValueReader.Default.Read(value);

    [Theory]
    [InlineData("Newsmax - Opinion", "Newsmax", "Opinion")]
    [InlineData("Newsmax - News", "Newsmax", "News")]
    [InlineData("Newsmax (News)", "Newsmax", "News")]
    [InlineData("Fox News Opinion", "Fox News", "Opinion")]
    [InlineData("Fox Online News", "Fox News", "Online News")]
    [InlineData("CNN - Editorial", "CNN", "Editorial")]
    [InlineData("CNN (Web News)", "CNN", "Web News")]
    [InlineData("NBC News (Online)", "NBC News", "Online")]
    [InlineData("New York Times - Opinion", "The New York Times", "Opinion")]
    [InlineData("Bloomberg Opinion", "Bloomberg", "Opinion")]
    [InlineData("Newsweek Magazine", "Newsweek", "Magazine")]
    [InlineData("Kansas Reflector - Opinion", "Kansas Reflector", "Opinion")]
    public void A_section_or_format_folds_into_the_outlet(string value, string outlet, string section) =>
        Assert.Equal(new OutletValue(outlet, section), Read(value));

    [Theory]
    [InlineData("Fox News", "Fox News")]
    [InlineData("CBN News", "CBN")]
    [InlineData("Deseret News", "Deseret News")]
    [InlineData("New York Magazine", "New York Magazine")]
    [InlineData("Tallahassee News", "Tallahassee News")]
    [InlineData("Chicago Sun-Times", "Chicago Sun-Times")]
    public void A_name_that_ends_in_a_section_word_is_kept_whole(string value, string outlet) =>
        Assert.Equal(new OutletValue(outlet), Read(value));

    [Theory]
    [InlineData("George Will")]
    [InlineData("Rand Paul")]
    [InlineData("Victor Hanson")]
    [InlineData("S.E. Cupp")]
    public void A_columnist_is_a_person_not_an_outlet(string value) =>
        Assert.Equal(new OutletValue(null, null, value), Read(value));

    [Fact]
    public void A_columnist_with_a_description_or_an_outlet_is_read_as_both()
    {
        Assert.Equal(new OutletValue(null, null, "John Gable"), Read("John Gable, AllSides Founder"));
        Assert.Equal(new OutletValue("The Wall Street Journal", null, "Michael Smith"), Read("Michael Smith (Wall Street Journal)"));
    }

    [Theory]
    [InlineData("Guest Writer - Right")]
    [InlineData("Guest Writer - Left")]
    [InlineData("Guest Writer")]
    [InlineData("Staff")]
    public void A_role_names_no_outlet(string value) =>
        Assert.Equal(OutletValue.None, Read(value));

    [Fact]
    public void A_known_outlet_shaped_like_a_person_stays_an_outlet()
    {
        Assert.Equal(new OutletValue("The Christian Science Monitor"), Read("Christian Science Monitor"));
        Assert.Equal(OutletValue.None, Read("  "));
    }
}
