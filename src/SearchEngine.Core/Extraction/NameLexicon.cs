using System.Collections.Frozen;
using System.Text;

namespace SearchEngine.Core.Extraction;

/// <summary>Word classes the person recogniser and the quote attributor share, loaded once from the embedded tables.</summary>
internal sealed class NameLexicon
{
    public static NameLexicon Default { get; } = new();

    public FrozenSet<string> FirstNames { get; }
    public FrozenDictionary<string, string> NotPerson { get; }
    public FrozenSet<string> NotPersonPhrases { get; }
    public FrozenSet<string> CommonWords { get; }
    public FrozenSet<string> Honorifics { get; }
    public FrozenSet<string> Titles { get; }
    public FrozenSet<string> Roles { get; }
    public FrozenSet<string> SpeechVerbs { get; }
    public FrozenSet<string> SurnameWords { get; }

    public static readonly FrozenSet<string> Particles = new[]
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "del", "dos", "das", "ter", "ten", "y", "ben",
        "dal", "della", "degli", "dei",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lookups by characters, so a probe for a lower-cased word, a phrase or a word without its last letter needs no new string.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonByChars;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phrasesByChars;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _notPersonByChars;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _honorificsByChars;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titlesByChars;

    /// <summary>Longest word lower-cased on the stack; longer ones (never names) take the allocating path.</summary>
    private const int MaxStackWord = 64;

    private readonly FrozenDictionary<string, char> _sexes;

    /// <summary>'m' for Mr, 'f' for Mrs, Ms, Miss, Mme and the like (a trailing period allowed); null for any other word.</summary>
    public static char? HonorificSex(string word) => word.TrimEnd('.') switch
    {
        "Mr" or "Monsieur" => 'm',
        "Mrs" or "Ms" or "Miss" or "Mme" or "Mlle" or "Madame" => 'f',
        _ => null,
    };

    /// <summary>'f' or 'm' for a given name (lower case) mostly borne by women or by men; null when unknown or used for both.</summary>
    public char? SexOf(string lowerGiven) => _sexes.TryGetValue(lowerGiven, out var sex) ? sex : null;

    /// <summary>Familiar given names and the formal one they stand for, lower case ("chuck" → "charles").</summary>
    public FrozenDictionary<string, string> FormalGivenNames { get; }

    public static readonly FrozenSet<string> Suffixes = new[] { "Jr", "Sr", "II", "III", "IV" }.ToFrozenSet(StringComparer.Ordinal);

    private NameLexicon()
    {
        FirstNames = EmbeddedTable.Rows("first-names.tsv").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);
        var notPerson = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("not-person-words.tsv"))
        {
            var phrase = row[0].Trim();
            var category = row.Length > 1 ? row[1].Trim() : "other";
            if (phrase.Contains(' ')) phrases.Add(phrase);
            else notPerson.TryAdd(phrase, category);
        }
        NotPerson = notPerson.ToFrozenDictionary(StringComparer.Ordinal);
        NotPersonPhrases = phrases.ToFrozenSet(StringComparer.Ordinal);
        _sexes = EmbeddedTable.Rows("given-name-sexes.tsv").Where(r => r.Length > 1)
            .ToFrozenDictionary(r => r[0].Trim().ToLowerInvariant(), r => r[1].Trim()[0], StringComparer.Ordinal);
        FormalGivenNames = EmbeddedTable.Rows("given-name-variants.tsv").Where(r => r.Length > 1)
            .ToFrozenDictionary(r => r[0].Trim().ToLowerInvariant(), r => r[1].Trim().ToLowerInvariant(), StringComparer.Ordinal);
        CommonWords = EmbeddedTable.Rows("common-words.tsv").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);
        var cues = EmbeddedTable.Rows("person-cues.tsv");
        FrozenSet<string> Kind(string kind) =>
            cues.Where(r => r.Length > 1 && r[1].Trim() == kind).Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);
        Honorifics = Kind("honorific");
        Titles = Kind("title");
        Roles = Kind("role");
        SpeechVerbs = Kind("speech");
        SurnameWords = EmbeddedTable.Rows("surname-words.tsv").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);
        _commonByChars = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrasesByChars = NotPersonPhrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _notPersonByChars = NotPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        _honorificsByChars = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
        _titlesByChars = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The not-person category of a word, or null. Plural and possessive-free forms are what callers pass.</summary>
    public string? Category(string word) => NotPerson.TryGetValue(word, out var c) ? c : null;

    /// <inheritdoc cref="Category(string)"/>
    public string? Category(ReadOnlySpan<char> word) => _notPersonByChars.TryGetValue(word, out var c) ? c : null;

    /// <summary>True for words written capitalised mostly because of their position, not because they are names.</summary>
    public bool IsCommon(string word)
    {
        // ASCII lower-casing is the invariant one for ASCII text, done on the stack
        if (word.Length <= MaxStackWord && Ascii.IsValid(word))
        {
            Span<char> lower = stackalloc char[word.Length];
            Ascii.ToLower(word, lower, out _);
            return _commonByChars.Contains(lower);
        }
        return CommonWords.Contains(word.ToLowerInvariant());
    }

    /// <summary>True when "<paramref name="first"/> <paramref name="second"/>" is a two-word phrase that is not a person ("Rose Garden").</summary>
    public bool IsNotPersonPhrase(string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        if (length > 2 * MaxStackWord) return NotPersonPhrases.Contains(first + " " + second);
        Span<char> phrase = stackalloc char[length];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return _phrasesByChars.Contains(phrase);
    }

    /// <summary>True for an honorific or a title ("Mr", "Sen", "President").</summary>
    public bool IsTitleOrHonorific(ReadOnlySpan<char> word) => _honorificsByChars.Contains(word) || _titlesByChars.Contains(word);
}
