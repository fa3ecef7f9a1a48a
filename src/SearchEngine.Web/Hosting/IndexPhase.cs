namespace SearchEngine.Web.Hosting;

public enum IndexPhase
{
    Building,
    Ready,
    Failed,
}
