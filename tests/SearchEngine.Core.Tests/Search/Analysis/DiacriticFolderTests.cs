using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Tests.Search.Analysis;

public class DiacriticFolderTests
{
    [Theory]
    [InlineData("Núñez", "Nunez")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Øystein Sørensen", "Oystein Sorensen")]
    [InlineData("Dvořák Şahin Đoković", "Dvorak Sahin Dokovic")]
    [InlineData("Straße Æsir", "Straße Æsir")]
    [InlineData("plain ascii", "plain ascii")]
    public void Latin_letters_lose_their_diacritics(string text, string folded) =>
        Assert.Equal(folded, DiacriticFolder.Fold(text));
}
