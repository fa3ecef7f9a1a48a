using SearchEngine.Core.Extraction;
using Xunit;

namespace SearchEngine.Core.Tests.Extraction;

public sealed class PersonDirectoryTests
{
    [Fact]
    public void A_surname_key_joins_the_only_full_name_with_that_surname()
    {
        var resolved = PersonDirectory.Resolve(
        [
            new PersonOccurrence("volodymyr zelensky", "Volodymyr Zelenskyy", 3),
            new PersonOccurrence("volodymyr zelensky", "Volodymyr Zelensky", 2),
            new PersonOccurrence("zelensky", "Zelensky", 4),
        ]);

        Assert.Equal("volodymyr zelensky", resolved["zelensky"].CanonicalKey);
        Assert.Same(resolved["zelensky"], resolved["volodymyr zelensky"]);
        Assert.Equal("Volodymyr Zelenskyy", resolved["zelensky"].DisplayName);
        Assert.Contains("Zelensky", resolved["zelensky"].Aliases);
    }

    [Fact]
    public void An_ambiguous_surname_stays_on_its_own()
    {
        var resolved = PersonDirectory.Resolve(
        [
            new PersonOccurrence("hillary clinton", "Hillary Clinton", 5),
            new PersonOccurrence("bill clinton", "Bill Clinton", 4),
            new PersonOccurrence("clinton", "Clinton", 6),
        ]);

        Assert.Equal("clinton", resolved["clinton"].CanonicalKey);
        Assert.Equal("hillary clinton", resolved["hillary clinton"].CanonicalKey);
    }

    [Fact]
    public void The_display_name_is_the_most_complete_form_in_common_use()
    {
        var resolved = PersonDirectory.Resolve(
        [
            new PersonOccurrence("heather richardson", "Heather Richardson", 2),
            new PersonOccurrence("heather richardson", "Heather Cox Richardson", 9),
            new PersonOccurrence("heather richardson", "Heather Xyz Abc Richardson", 0),
        ]);

        Assert.Equal("Heather Cox Richardson", resolved["heather richardson"].DisplayName);
    }
}
