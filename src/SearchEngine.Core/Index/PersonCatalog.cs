namespace SearchEngine.Core.Index;

/// <summary>Resolves person identity keys corpus-wide into canonical persons with one display name each.</summary>
internal static class PersonCatalog
{
    public static IEnumerable<PersonCatalogEntry> Resolve(IEnumerable<PersonNameCount> counts) =>
        counts.GroupBy(c => c.Key).Select(group =>
        {
            var names = group.OrderByDescending(c => c.Name.Split(' ').Length).ThenByDescending(c => c.Articles)
                .ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).ToList();
            return new PersonCatalogEntry(group.Key, group.Key, names[0], names.Skip(1).ToList());
        });
}
