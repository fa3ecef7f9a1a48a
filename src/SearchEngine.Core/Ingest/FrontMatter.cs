namespace SearchEngine.Core.Ingest;

/// <summary>
/// Metadata written at the top of a file: a <c>---</c> block of <c>key: value</c> lines, or leading
/// <c>Key: value</c> lines (recognised keys only) followed by a blank line. Unrecognised keys inside a
/// <c>---</c> block are ignored; outside one, an unrecognised key means the lines are text, not front matter.
/// </summary>
public static class FrontMatter
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["headline"] = "title",
        ["outlet"] = "outlet", ["source"] = "outlet", ["publisher"] = "outlet", ["publication"] = "outlet",
        ["date"] = "date", ["published"] = "date", ["publish_date"] = "date", ["pubdate"] = "date",
        ["author"] = "author", ["authors"] = "author", ["byline"] = "author", ["by"] = "author",
        ["url"] = "url", ["link"] = "url",
    };

    /// <summary>Splits front matter from text. Returns the metadata found (possibly empty) and the text after it.</summary>
    public static (SourceMetadata Metadata, string Text) Split(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        while (start < lines.Length && lines[start].Trim().Length == 0) start++;
        if (start >= lines.Length) return (SourceMetadata.Empty, text);

        var fields = new Dictionary<string, string>();
        if (lines[start].Trim() == "---")
        {
            for (var i = start + 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() is "---" or "...")
                    return (ToMetadata(fields), string.Join('\n', lines.Skip(i + 1)));
                if (TryField(lines[i], out var key, out var value) && Keys.TryGetValue(key, out var canonical))
                    fields.TryAdd(canonical, value);
            }
            return (SourceMetadata.Empty, text); // an unclosed block is text
        }

        var end = start;
        while (end < lines.Length && lines[end].Trim().Length > 0)
        {
            if (!TryField(lines[end], out var key, out var value) || !Keys.TryGetValue(key, out var canonical))
                return (SourceMetadata.Empty, text);
            fields.TryAdd(canonical, value);
            end++;
        }
        if (fields.Count == 0 || end >= lines.Length) return (SourceMetadata.Empty, text);
        return (ToMetadata(fields), string.Join('\n', lines.Skip(end + 1)));
    }

    private static bool TryField(string line, out string key, out string value)
    {
        var colon = line.IndexOf(':');
        key = colon > 0 ? line[..colon].Trim() : "";
        value = colon > 0 ? line[(colon + 1)..].Trim().Trim('"', '\'') : "";
        return key.Length is > 0 and <= 20 && !key.Contains(' ') && value.Length > 0;
    }

    private static SourceMetadata ToMetadata(Dictionary<string, string> fields) => new(
        fields.GetValueOrDefault("title"), fields.GetValueOrDefault("outlet"), fields.GetValueOrDefault("date"),
        fields.GetValueOrDefault("author"), fields.GetValueOrDefault("url"));
}
