using System.Text;

namespace CorpusGenerator;

/// <summary>
/// An article being built: headline, optional byline, dateline and copyright line (the cues the extractor must find),
/// and body paragraphs. Rendered as the file's text: headline on line 1, then blank-line separated blocks.
/// </summary>
public sealed class Draft
{
    public required string Title { get; set; }
    public string? Byline { get; set; }
    public string? Dateline { get; set; }
    public string? Copyright { get; set; }
    public required List<string> Paragraphs { get; init; }

    public Draft Clone() => new()
    {
        Title = Title, Byline = Byline, Dateline = Dateline, Copyright = Copyright, Paragraphs = [.. Paragraphs],
    };

    public string Render()
    {
        var sb = new StringBuilder(Paragraphs.Sum(p => p.Length + 2) + Title.Length + 128);
        sb.Append(Title).Append("\n\n");
        if (Byline is not null) sb.Append("By ").Append(Byline).Append("\n\n");
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            if (i == 0 && Dateline is not null) sb.Append(Dateline);
            sb.Append(Paragraphs[i]).Append("\n\n");
        }
        if (Copyright is not null) sb.Append(Copyright).Append('\n');
        else sb.Length -= 1;
        return sb.ToString();
    }
}
