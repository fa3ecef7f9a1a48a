namespace SearchEngine.Core.Extraction;

/// <summary>
/// Recognises a digest (a file gathering excerpts from several outlets: day headings, headline lines, source tags,
/// bylines, signature lines) and cuts it into its excerpts. Conservative: a file is split only when at least three
/// excerpt starts carry a source tag, credit line, byline or author line, naming at least two different outlets or
/// authors, so an ordinary article with sub-headings is never split. Thread-safe.
/// </summary>
public sealed class DigestSplitter
{
    private const int MinimumAnchoredStarts = 3;
    private readonly OutletDetector _outlets;

    public DigestSplitter(OutletDetector outlets) => _outlets = outlets;

    /// <summary>A splitter using the shipped outlet table.</summary>
    public static DigestSplitter Default { get; } = new(OutletDetector.Default);

    private enum LineKind { Blank, DayHeading, SourceTag, Credit, ByLine, NameHeadline, TrailingBy, AuthorLine, Signature, WrittenBy, Short, Body }

    private sealed record LineInfo(int Start, string Text, LineKind Kind, string? Outlet = null, string? Author = null, string? Headline = null);

    /// <summary>The excerpts of <paramref name="text"/> if it is a digest, else null.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="documentDate">The file's own date when metadata gives one; day headings take their year from it.</param>
    public IReadOnlyList<DigestExcerpt>? Split(string text, DateOnly? documentDate = null)
    {
        if (CountPossibleAnchors(text, MinimumAnchoredStarts) < MinimumAnchoredStarts) return null;
        var lines = Classify(text);
        var starts = FindStarts(lines, out var anchoredStarts, out var distinctSources);
        if (anchoredStarts < MinimumAnchoredStarts || distinctSources < 2) return null;

        var headerWarnings = new List<string>();
        var docDate = documentDate;
        if (docDate is null)
        {
            var headerEnd = starts.Count > 0 ? starts[0] : lines.Count;
            for (var i = 0; i < headerEnd && docDate is null; i++)
                if (lines[i].Kind is not LineKind.Blank) docDate = DateExtractor.InLine(lines[i].Text, headerWarnings);
        }

        var excerpts = new List<DigestExcerpt>();
        DateOnly? dayDate = null;
        var nextStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (nextStart < starts.Count && starts[nextStart] == i)
            {
                var end = nextStart + 1 < starts.Count ? starts[nextStart + 1] : lines.Count;
                // day headings between this start and the next belong to the following excerpts
                var excerpt = BuildExcerpt(text, lines, i, end, dayDate ?? docDate);
                if (excerpt is not null) excerpts.Add(excerpt);
                for (var k = i; k < end; k++)
                    if (lines[k].Kind == LineKind.DayHeading) dayDate = DayDate(lines[k].Text, docDate, headerWarnings) ?? dayDate;
                i = end - 1;
                nextStart++;
                continue;
            }
            if (lines[i].Kind == LineKind.DayHeading) dayDate = DayDate(lines[i].Text, docDate, headerWarnings) ?? dayDate;
        }
        return excerpts.Count >= MinimumAnchoredStarts ? excerpts : null;
    }

    private static DateOnly? DayDate(string line, DateOnly? anchor, List<string> warnings)
    {
        if (!DateExtractor.IsDayMonthHeading(line, out var dayMonth) || anchor is null) return null;
        var date = NewsDate.WithYearFrom(dayMonth, anchor.Value);
        if (date is null) warnings.Add($"malformed date heading '{line.Trim()}'");
        return date;
    }

    private List<LineInfo> Classify(string text)
    {
        var raw = new List<(int Start, string Text)>();
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            raw.Add((position, text[position..end]));
            position = end + 1;
        }

        var lines = new List<LineInfo>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var (start, line) = raw[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0) { lines.Add(new LineInfo(start, line, LineKind.Blank)); continue; }
            if (DateExtractor.IsDayMonthHeading(trimmed, out _)) { lines.Add(new LineInfo(start, line, LineKind.DayHeading)); continue; }
            if (BylineExtractor.IsWrittenByLine(trimmed)) { lines.Add(new LineInfo(start, line, LineKind.WrittenBy, Author: BylineExtractor.FromWrittenBy(trimmed))); continue; }
            if (_outlets.SourceTagOutlet(trimmed, out _) is { } tagged) { lines.Add(new LineInfo(start, line, LineKind.SourceTag, Outlet: tagged)); continue; }
            if (trimmed.Length < 80 && _outlets.CreditLineOutlet(trimmed) is { } credited) { lines.Add(new LineInfo(start, line, LineKind.Credit, Outlet: credited)); continue; }
            if (BylineExtractor.FromByLine(trimmed) is { } byline) { lines.Add(new LineInfo(start, line, LineKind.ByLine, Author: byline)); continue; }
            if (trimmed.Length <= 160 && BylineExtractor.TrySplitNameHeadline(trimmed, out var author, out var headline))
            {
                lines.Add(new LineInfo(start, line, LineKind.NameHeadline, Author: author, Headline: headline));
                continue;
            }
            if (BylineExtractor.FromTrailingBy(trimmed) is { } trailing) { lines.Add(new LineInfo(start, line, LineKind.TrailingBy, Author: trailing)); continue; }
            if (BylineExtractor.FromNameLine(trimmed) is { } name)
            {
                var next = i + 1 < raw.Count ? raw[i + 1].Text.Trim() : "";
                var kind = IsBody(next) ? LineKind.AuthorLine : LineKind.Signature;
                lines.Add(new LineInfo(start, line, kind, Author: name));
                continue;
            }
            lines.Add(new LineInfo(start, line, IsHeadlineLike(trimmed) ? LineKind.Short : LineKind.Body));
        }
        return lines;
    }

    /// <summary>
    /// How many lines (up to <paramref name="enough"/>) could be an anchor, by a test every anchor line passes (the
    /// length limits and the literal words or marks each line rule requires): a source tag has "(" after a dateline, a
    /// byline starts "By", a credit line or "Name: Headline" is capitalised with "by" or ":", a "… by Name" line has
    /// "by" and no final period, and an author line holds two to four capitalised name words. Most ordinary articles have
    /// fewer than three such lines, so they are not run through every line rule only to be found no digest.
    /// </summary>
    private static int CountPossibleAnchors(string text, int enough)
    {
        var count = 0;
        var position = 0;
        while (position <= text.Length && count < enough)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(position, end - position).Trim();
            if (line.Length > 0 && CouldBeAnchor(line)) count++;
            position = end + 1;
        }
        return count;
    }

    private static bool CouldBeAnchor(ReadOnlySpan<char> line)
    {
        var capitalised = line[0] is >= 'A' and <= 'Z';
        if (line.Length <= 120 && line.StartsWith("By", StringComparison.Ordinal)) return true; // byline
        if (line.Length <= 160 && capitalised && line.Contains(':')) return true; // "Name: Headline", credit line
        if (line.Length < 80 && capitalised && line.Contains("by", StringComparison.Ordinal)) return true; // credit line
        if (line.Length <= 100 && line[^1] != '.' && line.Contains("by", StringComparison.Ordinal)) return true; // "… by Name"
        var paren = line.IndexOf('(');
        if (paren >= 0 && !line[..paren].ContainsAnyExcept(DatelineChars)) return true;
        return CouldBeNameLine(line);
    }

    /// <summary>Two to four capitalised words of letters, apostrophes, hyphens and initials, as a lone name line must be.</summary>
    private static bool CouldBeNameLine(ReadOnlySpan<char> line)
    {
        var gaps = 0;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (c is ' ' or '\t')
            {
                if (line[k - 1] is not (' ' or '\t')) gaps++;
                continue;
            }
            if ((k == 0 || line[k - 1] is ' ' or '\t') && c is not (>= 'A' and <= 'Z')) return false;
            if (!char.IsLetter(c) && c is not ('’' or '\'' or '-' or '.')) return false;
        }
        return gaps is >= 1 and <= 3;
    }

    /// <summary>What may stand before a source tag's "(": a dateline such as "WASHINGTON, March 3".</summary>
    private static readonly System.Buffers.SearchValues<char> DatelineChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.', \t");

    private static bool IsBody(string line) => line.Length > 0 && !IsHeadlineLike(line);

    private static bool IsHeadlineLike(string line)
    {
        if (line.Length > 160) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 22;
    }

    private static bool EndsSentence(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';' or '”' or '"';
    }

    /// <summary>A line of page furniture; never a line that names the excerpt's outlet or author.</summary>
    private static bool IsChrome(LineInfo line) => !IsAnchor(line.Kind) && line.Kind is not LineKind.Blank && PageChrome.IsChromeLine(line.Text);

    private static bool IsAnchor(LineKind kind) => kind is LineKind.SourceTag or LineKind.Credit or LineKind.ByLine
        or LineKind.NameHeadline or LineKind.TrailingBy or LineKind.AuthorLine;

    /// <summary>Line indexes where excerpts begin, with how many of them carry an anchor and how many distinct outlets/authors the anchors name.</summary>
    private static List<int> FindStarts(List<LineInfo> lines, out int anchoredStarts, out int distinctSources)
    {
        var starts = new SortedSet<int>();
        var anchored = new HashSet<int>();
        var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = lines[i].Kind;
            if (!IsAnchor(kind)) continue;
            if (i > 0 && IsAnchor(lines[i - 1].Kind)) continue; // a byline followed by a source tag is one start
            var start = i;
            if (kind is not (LineKind.NameHeadline or LineKind.TrailingBy))
            {
                // walk back over at most two headline lines (a headline and its standfirst)
                for (var k = 1; k <= 2 && i - k >= 0; k++)
                {
                    var candidate = lines[i - k];
                    if (candidate.Kind is not (LineKind.Short or LineKind.NameHeadline)) break;
                    if (candidate.Kind == LineKind.NameHeadline) { start = i - k; break; }
                    var above = i - k - 1 >= 0 ? lines[i - k - 1] : null;
                    var aboveIsBoundary = above is null || above.Kind is LineKind.Blank or LineKind.DayHeading or LineKind.Signature or LineKind.WrittenBy;
                    if (!EndsSentence(candidate.Text) || aboveIsBoundary) start = i - k;
                    if (aboveIsBoundary) break;
                }
            }
            starts.Add(start);
            anchored.Add(start);
            for (var k = i; k < lines.Count && (k == i || IsAnchor(lines[k].Kind)); k++)
            {
                if (lines[k].Outlet is { } outlet) sources.Add("o:" + outlet);
                if (lines[k].Author is { } author) sources.Add("a:" + author);
            }
        }
        // excerpts without an anchor: a headline line opening a block, followed by text
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (lines[i].Kind != LineKind.Short) continue;
            var above = i > 0 ? lines[i - 1] : null;
            if (above is not null && above.Kind is not (LineKind.Blank or LineKind.DayHeading)) continue;
            if (lines[i + 1].Kind is LineKind.Blank) continue;
            if (starts.Contains(i) || starts.Contains(i + 1) || starts.Contains(i + 2)) continue;
            if (anchored.Count > 0 && i < starts.Min && !HasBodyBefore(lines, i, starts.Min)) { starts.Add(i); continue; }
            starts.Add(i);
        }
        anchoredStarts = anchored.Count;
        distinctSources = sources.Count;
        return starts.ToList();
    }

    private static bool HasBodyBefore(List<LineInfo> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (lines[i].Kind == LineKind.Body) return true;
        return false;
    }

    private DigestExcerpt? BuildExcerpt(string text, List<LineInfo> lines, int from, int to, DateOnly? date)
    {
        // page furniture copied with the excerpt ("Advertisement", "Leave a Comment", "comm comm comm") is not part of it
        while (from < to && (lines[from].Kind == LineKind.Blank || IsChrome(lines[from]))) from++;
        if (from == to) return null;
        var end = to;
        while (end > from && lines[end - 1].Kind is LineKind.Blank or LineKind.DayHeading) end--;
        // the last block, when it is only short non-sentences (a tag, a category), is the page's, not the excerpt's
        var blockStart = end;
        while (blockStart > from && lines[blockStart - 1].Kind != LineKind.Blank) blockStart--;
        if (blockStart > from && Enumerable.Range(blockStart, end - blockStart).All(k => lines[k].Text.Trim().Length < 50 && !EndsSentence(lines[k].Text)))
        {
            end = blockStart;
            while (end > from && lines[end - 1].Kind is LineKind.Blank or LineKind.DayHeading) end--;
        }
        while (end > from && IsChrome(lines[end - 1]))
        {
            end--;
            while (end > from && lines[end - 1].Kind is LineKind.Blank or LineKind.DayHeading) end--;
        }
        var bodyChars = 0;
        for (var k = from; k < end; k++)
            if (lines[k].Kind is LineKind.Body or LineKind.SourceTag) bodyChars += lines[k].Text.Length;
        if (bodyChars < 150) return null;

        var warnings = new List<string>();
        string? title = null;
        string? author = null;
        string? outlet = null;
        var textFrom = from;
        var first = lines[from];
        if (first.Kind == LineKind.NameHeadline)
        {
            title = first.Headline;
            textFrom = from + 1;
            // a columnist does not appear in their own column; a newsmaker in "Name: quote" headlines does
            var rest = text[lines[Math.Min(textFrom, end - 1)].Start..(lines[end - 1].Start + lines[end - 1].Text.Length)];
            var surname = first.Author!.Split(' ')[^1];
            author = rest.Contains(surname, StringComparison.Ordinal) ? null : first.Author;
        }
        else if (first.Kind is LineKind.Short or LineKind.TrailingBy)
        {
            title = first.Text.Trim();
            textFrom = from + 1;
        }

        DateOnly? ownDate = null;
        for (var k = from; k < end; k++)
        {
            var line = lines[k];
            if (line.Kind is LineKind.SourceTag or LineKind.Credit) outlet ??= line.Outlet;
            if (line.Kind is LineKind.ByLine or LineKind.NameHeadline or LineKind.TrailingBy or LineKind.AuthorLine or LineKind.Signature)
                author ??= line.Author;
            if (k < from + 3 && ownDate is null && line.Kind is LineKind.Short or LineKind.TrailingBy)
                ownDate = DateExtractor.InLine(line.Text, warnings);
        }

        while (textFrom < end && (lines[textFrom].Kind == LineKind.Blank || IsChrome(lines[textFrom]))) textFrom++;
        var textStart = textFrom < end ? lines[textFrom].Start : lines[from].Start;
        var last = lines[end - 1];
        var textEnd = last.Start + last.Text.Length;
        var body = textEnd > textStart ? text[textStart..textEnd].Trim('\n') : "";
        if (title is null)
        {
            // the lede is the first line of running text, after any byline or source tag
            var lede = Enumerable.Range(textFrom, Math.Max(0, end - textFrom)).Select(k => lines[k])
                .FirstOrDefault(l => l.Kind is LineKind.Body or LineKind.SourceTag);
            var ledeText = lede?.Text.Trim() ?? body;
            if (lede?.Kind == LineKind.SourceTag && _outlets.SourceTagOutlet(ledeText, out var tagLength) is not null)
                ledeText = ledeText[tagLength..].TrimStart(' ', '—', '–', '-');
            title = TitleExtractor.FromLede(ledeText);
        }
        return new DigestExcerpt(title, body, outlet, author, ownDate ?? date, warnings);
    }
}
