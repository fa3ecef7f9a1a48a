using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Reads an outlet value given from outside the text (a sidecar cell, front matter, a folder's publisher.txt), where
/// collections write more than the outlet's name: a section ("Newsmax - Opinion", "CNN (Web News)"), a columnist
/// ("George Will") or a contributor's role ("Guest Writer - Right"). Section and role words are data (outlet-words.tsv);
/// a columnist is a value shaped like a person's name (a given name from the name list, or initials, then name words)
/// that is not a known outlet. Thread-safe.
/// </summary>
public sealed partial class OutletValueReader
{
    /// <summary>The reader over the shipped outlet table and word list.</summary>
    public static OutletValueReader Default { get; } = new(OutletDirectory.Default);

    private readonly OutletDirectory _directory;
    private readonly FrozenSet<string> _sections;
    private readonly FrozenSet<string> _roles;

    /// <summary>A reader naming outlets through <paramref name="directory"/>, with the shipped section and role words.</summary>
    public OutletValueReader(OutletDirectory directory)
    {
        _directory = directory;
        var words = EmbeddedTable.Rows("outlet-words.tsv");
        FrozenSet<string> Kind(string kind) => words.Where(r => r.Length > 1 && r[1].Trim() == kind)
            .Select(r => Key(r[0])).ToFrozenSet(StringComparer.Ordinal);
        _sections = Kind("section");
        _roles = Kind("role");
    }

    [GeneratedRegex(@"^(?<base>.+?)[ \t]*\((?<tail>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?<base>.+?)[ \t]+[-–—|:][ \t]+(?<tail>[^-–—|:]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"^(?:[A-Z]\.){1,3}[ \t]*[A-Z][\p{L}’'-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsAndSurname();

    /// <summary>What <paramref name="value"/> stands for; <see cref="OutletValue.None"/> for a blank value.</summary>
    public OutletValue Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return OutletValue.None;
        var name = value.Trim();
        if (_directory.Find(name) is { } known) return new OutletValue(known);

        var sections = new List<string>();
        while (_directory.Find(name) is null && FoldSection(ref name, sections)) { }
        var section = sections.Count == 0 ? null : string.Join(", ", sections);

        if (IsRole(name)) return new OutletValue(null, section);
        if (_directory.Find(name) is { } outlet) return new OutletValue(outlet, section);
        if (ColumnistOf(name) is { } columnist) return columnist with { Section = section };
        return new OutletValue(name, section);
    }

    /// <summary>
    /// A columnist named where the outlet should be: "George Will", "S.E. Cupp", "John Gable, AllSides Founder" (the name
    /// before a description), "Allysia Finley (Wall Street Journal)" (the name with a known outlet). Null otherwise.
    /// </summary>
    private OutletValue? ColumnistOf(string name)
    {
        if (LooksLikePerson(name)) return new OutletValue(null, null, name);
        var comma = name.IndexOf(',');
        if (comma > 0 && LooksLikePerson(name[..comma].Trim())) return new OutletValue(null, null, name[..comma].Trim());
        foreach (var match in new[] { Parenthesised().Match(name), Dashed().Match(name) })
        {
            if (!match.Success) continue;
            var person = match.Groups["base"].Value.Trim();
            if (LooksLikePerson(person) && _directory.Find(match.Groups["tail"].Value) is { } outlet) return new OutletValue(outlet, null, person);
        }
        return null;
    }

    /// <summary>Takes one trailing section off <paramref name="name"/> ("X - Opinion", "X (Web News)", "X Opinion" of a known X).</summary>
    private bool FoldSection(ref string name, List<string> sections)
    {
        foreach (var match in new[] { Parenthesised().Match(name), Dashed().Match(name) })
        {
            if (!match.Success || !_sections.Contains(Key(match.Groups["tail"].Value))) continue;
            sections.Insert(0, match.Groups["tail"].Value.Trim());
            name = match.Groups["base"].Value.Trim();
            return true;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            var tail = string.Join(' ', words[^n..]);
            var rest = string.Join(' ', words[..^n]);
            if (!_sections.Contains(Key(tail)) || _directory.Find(rest) is null) continue;
            sections.Insert(0, tail);
            name = rest;
            return true;
        }
        return false;
    }

    /// <summary>A role on its own or before a qualifier: "Guest Writer", "Guest Writer - Right", "Staff (Politics)".</summary>
    private bool IsRole(string name)
    {
        if (_roles.Contains(Key(name))) return true;
        var head = Dashed().Match(name) is { Success: true } dashed ? dashed.Groups["base"].Value
            : Parenthesised().Match(name) is { Success: true } bracketed ? bracketed.Groups["base"].Value : null;
        return head is not null && _roles.Contains(Key(head));
    }

    private static bool LooksLikePerson(string name) =>
        name.IndexOfAny([',', '(', ')']) < 0 && (BylineExtractor.LooksLikePersonName(name) || InitialsAndSurname().IsMatch(name));

    private static string Key(string words) => string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
