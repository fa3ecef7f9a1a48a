using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Index;

/// <summary>Resolves person identity keys corpus-wide (through <see cref="PersonDirectory"/>) into catalogue rows.</summary>
internal static class PersonCatalog
{
    public static IEnumerable<PersonCatalogEntry> Resolve(IEnumerable<PersonNameCount> counts) =>
        PersonDirectory.Resolve(counts.Select(c => new PersonOccurrence(c.Key, c.Name, c.Articles)))
            .Select(entry => new PersonCatalogEntry(entry.Key, entry.Value.CanonicalKey, entry.Value.DisplayName, entry.Value.Aliases));
}
