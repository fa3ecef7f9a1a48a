namespace SearchEngine.Core.Extraction;

/// <summary>
/// Corpus-level person identity, run by the index after an indexing run. Per-article keys already unify spelling
/// variants; this step also folds a surname-only key ("putin", from articles that never give the full name) into the one
/// full-name key with that surname, when that is unambiguous, and picks each person's display name: the most complete
/// form that is in common use. Linear in the number of distinct keys; pure and thread-safe.
/// </summary>
public static class PersonDirectory
{
    /// <summary>A surname-only key joins a full name when that full name holds at least this share of the articles of all full names with the surname.</summary>
    private const double DominantShare = 0.9;

    private sealed class Entry(string key)
    {
        public string Key { get; } = key;
        public int Articles { get; set; }
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Maps every key of <paramref name="occurrences"/> to the person it belongs to.</summary>
    public static IReadOnlyDictionary<string, ResolvedPerson> Resolve(IEnumerable<PersonOccurrence> occurrences)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var occurrence in occurrences)
        {
            if (string.IsNullOrEmpty(occurrence.Key)) continue;
            if (!entries.TryGetValue(occurrence.Key, out var entry)) entries[occurrence.Key] = entry = new Entry(occurrence.Key);
            var count = Math.Max(occurrence.ArticleCount, 0);
            entry.Articles += count;
            if (!string.IsNullOrWhiteSpace(occurrence.Name))
                entry.Names[occurrence.Name] = entry.Names.GetValueOrDefault(occurrence.Name) + count;
        }

        var fullBySurname = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            if (!entry.Key.Contains(' ')) continue;
            var surname = PersonKey.Surname(entry.Key);
            if (!fullBySurname.TryGetValue(surname, out var list)) fullBySurname[surname] = list = [];
            list.Add(entry);
        }

        // root of each key: itself, or the dominant full name sharing its surname
        var root = new Dictionary<string, Entry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            root[entry.Key] = entry;
            if (entry.Key.Contains(' ') || !fullBySurname.TryGetValue(entry.Key, out var candidates)) continue;
            var best = candidates[0];
            var total = 0;
            foreach (var candidate in candidates)
            {
                total += candidate.Articles;
                if (candidate.Articles > best.Articles || (candidate.Articles == best.Articles && string.CompareOrdinal(candidate.Key, best.Key) < 0))
                    best = candidate;
            }
            if (candidates.Count == 1 || best.Articles >= DominantShare * total) root[entry.Key] = best;
        }

        var members = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (key, target) in root)
        {
            if (!members.TryGetValue(target.Key, out var list)) members[target.Key] = list = [];
            list.Add(entries[key]);
        }

        var resolved = new Dictionary<string, ResolvedPerson>(entries.Count, StringComparer.Ordinal);
        foreach (var (rootKey, group) in members)
        {
            var person = Describe(rootKey, entries[rootKey], group);
            foreach (var member in group) resolved[member.Key] = person;
        }
        return resolved;
    }

    private static ResolvedPerson Describe(string rootKey, Entry rootEntry, List<Entry> group)
    {
        Dictionary<string, int> names;
        if (group.Count == 1) names = rootEntry.Names;
        else
        {
            names = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in group)
                foreach (var (name, count) in member.Names)
                    names[name] = names.GetValueOrDefault(name) + count;
        }

        // the display name comes from the root's own forms: the most complete one in common use
        var pool = rootEntry.Names.Count > 0 ? rootEntry.Names : names;
        var top = pool.Count > 0 ? pool.Values.Max() : 0;
        var threshold = Math.Max(1, top * 0.1);
        string? display = null;
        var displayWords = -1;
        var displayCount = -1;
        foreach (var (name, count) in pool)
        {
            if (count < threshold) continue;
            var words = name.AsSpan().Trim().Count(' ') + 1;
            var better = words > displayWords
                || (words == displayWords && count > displayCount)
                || (words == displayWords && count == displayCount && string.CompareOrdinal(name, display) < 0);
            if (!better) continue;
            display = name;
            displayWords = words;
            displayCount = count;
        }
        display ??= rootKey;
        IReadOnlyList<string> aliases = names.Count <= 1
            ? []
            : names.Where(n => n.Key != display).OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).ToList();
        return new ResolvedPerson(rootKey, display, aliases);
    }
}
