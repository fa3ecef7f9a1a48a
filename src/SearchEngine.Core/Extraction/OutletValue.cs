namespace SearchEngine.Core.Extraction;

/// <summary>
/// What an outlet value given in metadata stands for: an outlet (its canonical name when known) with the section it
/// named ("Newsmax - Opinion" is Newsmax, section Opinion), or a columnist's name in the outlet's place, or neither
/// (a role such as "Guest Writer - Right").
/// </summary>
/// <param name="Outlet">The publisher, or null when the value names none.</param>
/// <param name="Section">The section or format folded off the value ("Opinion", "Web News"), or null.</param>
/// <param name="Person">A person's name given where the outlet should be (a columnist), or null.</param>
public sealed record OutletValue(string? Outlet, string? Section = null, string? Person = null)
{
    public static OutletValue None { get; } = new(Outlet: null);
}
