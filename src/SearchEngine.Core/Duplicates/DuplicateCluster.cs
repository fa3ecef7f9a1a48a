namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Articles that are one text (exact, near) or one story at a level. <see cref="Members"/> starts with the origin:
/// the earliest dated member, the likely first publication (undated members come after dated ones; ties go to the
/// article indexed first). The other members follow by date.
/// </summary>
public sealed record DuplicateCluster(DuplicateLevel Level, IReadOnlyList<ClusterMember> Members)
{
    public ClusterMember Origin => Members[0];

    /// <summary>Distinct outlets, in member order; unknown outlets are left out.</summary>
    public IReadOnlyList<string> Outlets => [.. Members.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    public DateOnly? FirstPublished => Origin.Date;
}
