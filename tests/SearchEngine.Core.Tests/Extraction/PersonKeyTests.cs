using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class PersonKeyTests
{
    [Theory]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskiy")]
    [InlineData("J.D. Vance", "JD Vance")]
    [InlineData("Phillips Payson O’Brien", "Phillips P. OBrien")]
    [InlineData("Phillips P. O'Brien", "Phillips O’Brien")]
    [InlineData("President Donald Trump", "Donald Trump")]
    [InlineData("Juan Perón", "Juan Peron")]
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    [InlineData("Moon Jae In", "Moon Jae-in")]
    [InlineData("Bashar Assad", "Bashar al-Assad")]
    [InlineData("Abdel Fattah el-Sisi", "Abdel Fattah Sisi")]
    [InlineData("Chuck Schumer", "Charles E. Schumer")]
    [InlineData("Mike Pence", "Michael Pence")]
    public void Variants_of_one_name_share_a_key(string a, string b) => Assert.Equal(PersonKey.For(a), PersonKey.For(b));

    [Theory]
    [InlineData("Donald Trump", "Donald Trump Jr.")]
    [InlineData("Vladimir Putin", "Volodymyr Putin")]
    [InlineData("Hillary Clinton", "Bill Clinton")]
    [InlineData("Kim Jong Un", "Kim Yo Jong")]
    [InlineData("Robin Sowden-Taylor", "Robin Taylor")]
    [InlineData("Ali Al-Naimi", "Ali Naimi Khan")]
    public void Different_people_keep_different_keys(string a, string b) => Assert.NotEqual(PersonKey.For(a), PersonKey.For(b));

    [Fact]
    public void A_surname_alone_keys_to_the_surname_of_the_full_key()
    {
        Assert.Equal(PersonKey.Surname(PersonKey.For("Volodymyr Zelenskyy")), PersonKey.For("Zelensky"));
    }
}
