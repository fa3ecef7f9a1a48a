using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class HoverCardTextTests
{
    [Theory]
    [InlineData("to pressure Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellNew Parnas evidence escalates fight MORE (R-Ky.) to agree.",
        "to pressure Senate Majority Leader Mitch McConnell (R-Ky.) to agree.")]
    [InlineData("ranging from Sen. Bernie Sanders Bernie Sanders2020 Democrats push for gun control MORE (I-Vt.) to Beto.",
        "ranging from Sen. Bernie Sanders (I-Vt.) to Beto.")]
    [InlineData("push out Ambassador Marie Yovanovitch Marie Yovanovitch Parnas: U.S. ambassador removed Engel demands MORE and dig up dirt.",
        "push out Ambassador Marie Yovanovitch and dig up dirt.")]
    public void A_card_after_a_name_is_removed_and_the_sentence_kept(string text, string expected) =>
        Assert.Equal(expected, HoverCardText.Remove(text));

    [Theory]
    [InlineData("Analysts expect MORE cuts. Mitch McConnell said no.")]
    [InlineData("The McDonald's chain said it would hire MORE staff.")]
    [InlineData("Senate Majority Leader Mitch McConnell said\nMORE talks were needed.")]
    public void Text_without_a_card_is_left_alone(string text) => Assert.Equal(text, HoverCardText.Remove(text));
}
