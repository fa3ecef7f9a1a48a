using System.Diagnostics.CodeAnalysis;

namespace SearchEngine.Tests.Shared;

/// <summary>
/// Skips the running test with its reason where `dotnet test` (and so ./test.sh) shows it. A skip's reason alone is an
/// informational message, which the console logger hides at its default verbosity, leaving a bare "[SKIP]"; the same
/// text as a warning of the test is printed under it.
/// </summary>
public static class VisibleSkip
{
    [DoesNotReturn]
    public static void Because(string reason)
    {
        TestContext.Current.AddWarning(reason);
        Assert.Skip(reason);
    }
}
