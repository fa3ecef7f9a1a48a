namespace SearchEngine.Web.Hosting;

/// <summary>What the page shows about the index: building (with progress), ready, or failed (with the reason).</summary>
public sealed record IndexStatus(IndexPhase Phase, int Done, int Total, string? Message)
{
    public int Percent => Total <= 0 ? 0 : (int)Math.Min(100, 100L * Done / Total);
}
