namespace SearchEngine.Core.Extraction;

/// <summary>
/// Turns graded name candidates into persons: full names with the same key become one person, a lone surname or given
/// name joins the full name it repeats ("Putin" after "Vladimir Putin"), and a lone word nobody vouched for is dropped.
/// </summary>
internal static class PersonMerger
{
    private sealed class Group(string key)
    {
        public string Key { get; } = key;
        public List<Mention> Mentions { get; } = [];
        public List<int> Sizes { get; } = [];
    }

    /// <param name="text">The article text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="candidates">First and last word of each candidate, its evidence (0 none, 1 weak, 2 strong), and whether it names an organisation.</param>
    /// <param name="orgWords">Words seen inside organisation names in this article.</param>
    public static IReadOnlyList<Person> Merge(string text, List<WordToken> tokens,
        List<(int First, int Last, int Evidence, bool OrgModifier)> candidates, HashSet<string> orgWords)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        var byGiven = new Dictionary<string, List<Group>>(StringComparer.Ordinal);

        Mention MentionOf((int First, int Last, int Evidence, bool OrgModifier) c)
        {
            var start = tokens[c.First].Start;
            var end = tokens[c.Last].End;
            return new Mention(text[start..end], start, end);
        }

        Group GroupFor(string key)
        {
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = new Group(key);
            return group;
        }

        // 1. full names vouched for
        foreach (var c in candidates)
        {
            if (c.OrgModifier || c.Evidence == 0 || c.Last == c.First) continue;
            var mention = MentionOf(c);
            var key = PersonKey.For(mention.Text);
            if (key.Length == 0) continue;
            var group = GroupFor(key);
            group.Mentions.Add(mention);
            group.Sizes.Add(c.Last - c.First + 1);
        }
        // a full name written again where nothing vouches for it ("If Joss Stone is…") is still that person
        foreach (var c in candidates)
        {
            if (c.OrgModifier || c.Evidence != 0 || c.Last == c.First) continue;
            var mention = MentionOf(c);
            if (!groups.TryGetValue(PersonKey.For(mention.Text), out var group)) continue;
            group.Mentions.Add(mention);
            group.Sizes.Add(c.Last - c.First + 1);
        }
        // "F Pelous" and "Fabien Pelous": an initial joins the one full given name with that letter and surname
        foreach (var group in groups.Values.ToList())
        {
            var words = group.Key.Split(' ');
            if (words.Length != 2 || words[0].Length > 2) continue;
            var match = groups.Values.Where(g => g != group && g.Key.Split(' ') is [var given, var surname]
                && surname == words[1] && given.Length > 2 && given[0] == words[0][0]).ToList();
            if (match.Count != 1) continue;
            match[0].Mentions.AddRange(group.Mentions);
            match[0].Sizes.AddRange(group.Sizes);
            groups.Remove(group.Key);
        }
        foreach (var group in groups.Values)
        {
            var words = group.Key.Split(' ');
            Add(bySurname, PersonKey.Surname(group.Key), group);
            Add(byGiven, words[0], group);
        }

        // 2. single words: a surname of a full name, a lone name vouched for, or else wait
        // surnames a Mr or Mrs puts on someone other than every full name in the article ("Mr. Trump" beside only
        // Melania Trump): that someone is a person of their own, and a bare surname before any full name is theirs too
        var honorificOnly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.OrgModifier || c.Last != c.First || HonorificSex(tokens, c.First) is not { } sex) continue;
            var norm = PersonKey.NormalizeToken(tokens[c.First].Text);
            if (bySurname.TryGetValue(norm, out var owners) && Compatible(owners, sex).Count == 0) honorificOnly.Add(norm);
        }

        var pending = new List<(int First, int Last, int Evidence, bool OrgModifier)>();
        foreach (var c in candidates)
        {
            if (c.OrgModifier || c.Last != c.First) continue;
            var token = tokens[c.First];
            // "the Hemingway family" names a family, not the person
            if (c.First + 1 < tokens.Count && tokens[c.First + 1].JoinedToPrevious && tokens[c.First + 1].Text is "family" or "families") continue;
            var norm = PersonKey.NormalizeToken(token.Text);
            if (norm.Length < 2) continue;
            var sex = HonorificSex(tokens, c.First);
            if (bySurname.TryGetValue(norm, out var owners) && Compatible(owners, sex) is { Count: > 0 } compatible
                && !(honorificOnly.Contains(norm) && sex is null && !compatible.Exists(o => FirstMention(o) < token.Start)))
            {
                var owner = IntroducedFirst(compatible);
                owner.Mentions.Add(MentionOf(c));
                owner.Sizes.Add(1);
                continue;
            }
            if (c.Evidence >= 1 && byGiven.TryGetValue(PersonKey.GivenKey(norm), out var sameGiven) && sameGiven.Count == 1
                && NameLexicon.Default.FirstNames.Contains(token.Text))
            {
                // "Sir Alan's inquiry" after "Sir Alan Budd"
                sameGiven[0].Mentions.Add(MentionOf(c));
                sameGiven[0].Sizes.Add(1);
                continue;
            }
            // "Mr. Trump" in an article that names only Melania Trump is someone else of that name
            if ((c.Evidence >= 1 || owners is not null) && (!orgWords.Contains(token.Text) || sex is not null))
            {
                var group = GroupFor(norm);
                group.Mentions.Add(MentionOf(c));
                group.Sizes.Add(1);
                continue;
            }
            pending.Add(c);
        }

        foreach (var c in pending)
        {
            var token = tokens[c.First];
            var norm = PersonKey.NormalizeToken(token.Text);
            Group? owner = null;
            if (groups.TryGetValue(norm, out var single) && !orgWords.Contains(token.Text)) owner = single;
            else if (byGiven.TryGetValue(PersonKey.GivenKey(norm), out var givens) && givens.Count == 1 && NameLexicon.Default.FirstNames.Contains(token.Text)
                     && !token.SentenceStart)
                owner = givens[0];
            if (owner is null)
            {
                AddCompoundParts(text, token, bySurname, groups);
                continue;
            }
            owner.Mentions.Add(MentionOf(c));
            owner.Sizes.Add(1);
        }

        var persons = new List<Person>(groups.Count);
        foreach (var group in groups.Values)
        {
            if (group.Mentions.Count == 0) continue;
            var order = Enumerable.Range(0, group.Mentions.Count).OrderBy(i => group.Mentions[i].Start).ToList();
            var mentions = order.Select(i => group.Mentions[i]).ToList();
            var display = Display(group);
            var aliases = mentions.Select(m => Collapse(m.Text)).Where(t => t != display).Distinct(StringComparer.Ordinal).ToList();
            persons.Add(new Person(display, PersonKey.For(display), aliases, mentions));
        }
        persons.Sort((a, b) => a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return persons;
    }

    /// <summary>
    /// "The Pelosi-Schumer-Trump deal", "Trump-era rules": each part of a hyphenated word that is the surname of a
    /// person the article names is a mention of that person.
    /// </summary>
    private static void AddCompoundParts(string text, WordToken token, Dictionary<string, List<Group>> bySurname, Dictionary<string, Group> groups)
    {
        if (!token.Text.Contains('-')) return;
        var offset = token.Start;
        foreach (var part in token.Text.Split('-'))
        {
            if (part.Length > 1 && char.IsUpper(part[0]))
            {
                var norm = PersonKey.NormalizeToken(part);
                var owner = bySurname.TryGetValue(norm, out var owners) ? IntroducedFirst(owners)
                    : groups.TryGetValue(norm, out var single) ? single : null;
                if (owner is not null && text.AsSpan(offset, part.Length).SequenceEqual(part))
                {
                    owner.Mentions.Add(new Mention(part, offset, offset + part.Length));
                    owner.Sizes.Add(1);
                }
            }
            offset += part.Length + 1;
        }
    }

    private static int FirstMention(Group group) => group.Mentions.Count == 0 ? int.MaxValue : group.Mentions.Min(m => m.Start);

    /// <summary>'m' after Mr, 'f' after Mrs, Ms, Miss, Mme or Mlle, else null.</summary>
    private static char? HonorificSex(List<WordToken> tokens, int first) =>
        first > 0 && tokens[first].JoinedToPrevious ? NameLexicon.HonorificSex(tokens[first - 1].Text) : null;

    /// <summary>The full names a surname mention may belong to: all of them, or those whose given name does not contradict its honorific.</summary>
    private static List<Group> Compatible(List<Group> owners, char? sex)
    {
        if (sex is null) return owners;
        return owners.Where(o => NameLexicon.Default.SexOf(o.Key.Split(' ')[0]) is not { } known || known == sex).ToList();
    }

    /// <summary>The most complete form: most words, then most used, then first seen.</summary>
    private static string Display(Group group)
    {
        var texts = group.Mentions.Select(m => Collapse(m.Text)).ToList();
        var best = texts[0];
        var bestSize = -1;
        var bestCount = -1;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var size = group.Sizes[i];
            if (size < bestSize) continue;
            var count = texts.Count(t => t == text);
            if (size > bestSize || count > bestCount || (count == bestCount && text.Length > best.Length))
            {
                best = text;
                bestSize = size;
                bestCount = count;
            }
        }
        return best;
    }

    /// <summary>A name broken across a wrapped line reads with a space.</summary>
    private static string Collapse(string text) => text.Contains('\n') ? string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)) : text;

    /// <summary>
    /// The person a bare surname means when several full names share it: the one the article introduced first (news
    /// writes "Trump" for the principal and "Melania Trump" or "Mrs. Trump" for the others).
    /// </summary>
    private static Group IntroducedFirst(List<Group> owners)
    {
        if (owners.Count == 1) return owners[0];
        var best = owners[0];
        foreach (var owner in owners)
            if (FirstMention(owner) < FirstMention(best)) best = owner;
        return best;
    }

    private static void Add(Dictionary<string, List<Group>> index, string key, Group group)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(group)) list.Add(group);
    }
}
