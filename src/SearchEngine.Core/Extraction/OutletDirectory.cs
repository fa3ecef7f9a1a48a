using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Known news outlets and their aliases, read from the embedded outlets.tsv, so that "AP" and "Associated Press",
/// or "Telegraph UK" and "The Telegraph", count as one outlet in the facets. Unknown names are kept as written.
/// </summary>
public sealed partial class OutletDirectory
{
    /// <summary>The directory built from the shipped table; immutable and shared.</summary>
    public static OutletDirectory Default { get; } = new(EmbeddedTable.Rows("outlets.tsv"));

    private readonly FrozenDictionary<string, string> _any;
    private readonly FrozenDictionary<string, string> _inText;
    private readonly FrozenDictionary<string, string> _byDomain;

    /// <summary>Names (canonical or alias) safe to recognise in running text, longest first.</summary>
    internal IReadOnlyList<string> TextNames { get; }

    internal OutletDirectory(IEnumerable<string[]> rows)
    {
        var any = new Dictionary<string, string>(StringComparer.Ordinal);
        var inText = new Dictionary<string, string>(StringComparer.Ordinal);
        var textNames = new List<string>();
        var byDomain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var canonical = row[0].Trim();
            var names = new List<(string Name, bool TextSafe)> { (canonical, true) };
            if (row.Length > 1)
                foreach (var alias in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    names.Add(alias.StartsWith('=') ? (alias[1..], false) : (alias, true));
            foreach (var (name, textSafe) in names)
            {
                if (DomainName().IsMatch(name)) byDomain.TryAdd(name, canonical);
                var key = Fold(name);
                if (key.Length == 0) continue;
                any.TryAdd(key, canonical);
                if (!textSafe || IsAmbiguousInProse(name)) continue;
                if (inText.TryAdd(key, canonical)) textNames.Add(name);
            }
        }
        _any = any.ToFrozenDictionary(StringComparer.Ordinal);
        _inText = inText.ToFrozenDictionary(StringComparer.Ordinal);
        _byDomain = byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        TextNames = textNames.OrderByDescending(n => n.Length).ToList();
    }

    /// <summary>A canonical name stands for itself in prose only if it is not a bare common word ("Time", "Reason").</summary>
    private static bool IsAmbiguousInProse(string name) => !name.Contains(' ') && name.Length > 3 && NameLexicon.Default.IsCommon(name);

    /// <summary>The canonical name of a known outlet, or null.</summary>
    public string? Find(string name) => _any.TryGetValue(Fold(name), out var canonical) ? canonical : null;

    /// <summary>The canonical name of an outlet named in running text (bare common words excluded), or null.</summary>
    public string? FindInText(string name) => _inText.TryGetValue(Fold(name), out var canonical) ? canonical : null;

    /// <summary>
    /// The outlet whose web domain (an alias such as "CNN.com") holds the address <paramref name="url"/> points to
    /// ("https://money.cnn.com/…" is CNN's), or null for an unknown host or no address.
    /// </summary>
    public string? FindByAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal)) trimmed = "http://" + trimmed;
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var address) || address.HostNameType != UriHostNameType.Dns) return null;
        // the host, then each domain above it down to two labels: politicalticker.blogs.cnn.com, blogs.cnn.com, cnn.com
        for (var host = address.Host; host.Contains('.'); host = host[(host.IndexOf('.') + 1)..])
            if (_byDomain.TryGetValue(host, out var canonical)) return canonical;
        return null;
    }

    /// <summary>The canonical name when known, else the name as written (trimmed); null for blank input.</summary>
    public string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        return Find(trimmed) ?? trimmed;
    }

    /// <summary>A web domain written as an outlet's alias: "CNN.com", "Telegraph.co.uk".</summary>
    [GeneratedRegex(@"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    /// <summary>Case, a leading "The", punctuation and spacing do not distinguish outlet names.</summary>
    internal static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c is ' ' or '-' or '/' or '(' or ')' && builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        var folded = builder.ToString().Trim();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }
}
