namespace SearchEngine.Core.Search.Ranking;

/// <summary>How often a term occurs in each ranked field of one article (capped at 65,535).</summary>
public readonly record struct FieldCounts(ushort Title, ushort Body, ushort Quote)
{
    public FieldCounts Add(RankedField field) => field switch
    {
        RankedField.Title => this with { Title = Inc(Title) },
        RankedField.Body => this with { Body = Inc(Body) },
        _ => this with { Quote = Inc(Quote) },
    };

    private static ushort Inc(ushort value) => value == ushort.MaxValue ? value : (ushort)(value + 1);
}
