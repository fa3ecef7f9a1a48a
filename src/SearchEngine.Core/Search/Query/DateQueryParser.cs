using System.Text.RegularExpressions;

namespace SearchEngine.Core.Search.Query;

/// <summary>
/// Reads the value after <c>date:</c>: a day, month or year (<c>2025-11-22</c>, <c>2025-11</c>, <c>2025</c>), a range
/// <c>[a TO b]</c> (<c>[]</c> inclusive, <c>{}</c> exclusive, <c>*</c> open), or a comparison <c>&gt;=a</c>, <c>&gt;a</c>,
/// <c>&lt;=a</c>, <c>&lt;a</c>. A partial date stands for its whole period, so <c>date:&lt;=2025-11</c> includes November 30.
/// </summary>
internal static partial class DateQueryParser
{
    private static readonly DateRangeNode Nothing = new(DateOnly.MaxValue, DateOnly.MinValue);

    public static DateRangeNode Parse(string value, int position)
    {
        if (value.Length >= 2 && value[0] is '[' or '{')
            return ParseRange(value, position);

        foreach (var op in (string[])[">=", "<=", ">", "<"])
        {
            if (!value.StartsWith(op, StringComparison.Ordinal))
                continue;
            var (first, last) = ParsePeriod(value[op.Length..], position + op.Length);
            return op switch
            {
                ">=" => new DateRangeNode(first, null),
                "<=" => new DateRangeNode(null, last),
                ">" => last == DateOnly.MaxValue ? Nothing : new DateRangeNode(last.AddDays(1), null),
                _ => first == DateOnly.MinValue ? Nothing : new DateRangeNode(null, first.AddDays(-1)),
            };
        }

        var (from, to) = ParsePeriod(value, position);
        return new DateRangeNode(from, to);
    }

    private static DateRangeNode ParseRange(string value, int position)
    {
        var lowerExclusive = value[0] == '{';
        var upperExclusive = value[^1] == '}';
        // Each part with its own position, so an error points at the part that is wrong.
        var parts = Words().Matches(value[1..^1]).Select(m => (Text: m.Value, Position: position + 1 + m.Index)).ToArray();
        if (parts.Length != 3 || !parts[1].Text.Equals("TO", StringComparison.OrdinalIgnoreCase))
            throw new QuerySyntaxException(position,
                $"the date range at character {position + 1} should read [FROM TO UNTIL], e.g. date:[2025-11-18 TO 2025-11-22] (* for an open end)");

        DateOnly? from = null, to = null;
        if (parts[0].Text != "*")
        {
            var (first, last) = ParsePeriod(parts[0].Text, parts[0].Position);
            if (lowerExclusive && last == DateOnly.MaxValue)
                return Nothing;
            from = lowerExclusive ? last.AddDays(1) : first;
        }

        if (parts[2].Text != "*")
        {
            var (first, last) = ParsePeriod(parts[2].Text, parts[2].Position);
            if (upperExclusive && first == DateOnly.MinValue)
                return Nothing;
            to = upperExclusive ? first.AddDays(-1) : last;
        }

        return new DateRangeNode(from, to);
    }

    /// <summary>The first and last day of a year, month or day.</summary>
    private static (DateOnly First, DateOnly Last) ParsePeriod(string text, int position)
    {
        var match = PeriodPattern().Match(text);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value);
            if (year >= 1)
            {
                if (!match.Groups[2].Success)
                    return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                var month = int.Parse(match.Groups[2].Value);
                if (month is >= 1 and <= 12)
                {
                    var daysInMonth = DateTime.DaysInMonth(year, month);
                    if (!match.Groups[3].Success)
                        return (new DateOnly(year, month, 1), new DateOnly(year, month, daysInMonth));
                    var day = int.Parse(match.Groups[3].Value);
                    if (day >= 1 && day <= daysInMonth)
                        return (new DateOnly(year, month, day), new DateOnly(year, month, day));
                }
            }
        }

        var shown = text.Length > 20 ? text[..20] + "…" : text;
        throw new QuerySyntaxException(position,
            $"'{shown}' at character {position + 1} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
    }

    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
