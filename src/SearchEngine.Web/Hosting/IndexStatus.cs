using SearchEngine.Core.Index;

namespace SearchEngine.Web.Hosting;

/// <summary>
/// What the page shows about the index: building (with progress and stage), ready, or failed (with the reason).
/// <paramref name="Message"/> says why a build runs (an interrupted one is being finished, an old one rebuilt) or, when
/// ready, what the reader should know about the index (left unfinished by a run over another folder).
/// </summary>
public sealed record IndexStatus(IndexPhase Phase, int Done, int Total, string? Message, BuildStage Stage = BuildStage.Articles)
{
    public int Percent => Total <= 0 ? 0 : (int)Math.Min(100, 100L * Done / Total);
}
