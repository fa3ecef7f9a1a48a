using System.Text.Json;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Status;

/// <summary>The app started with no index and no corpus to build one from: it keeps answering and says why.</summary>
public sealed class NoIndexApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => [];

    protected override TempIndex CreateIndex() => TempIndex.Missing();

    /// <summary>How long the background build may take to give up; it finds no corpus at once, so only a stuck build takes this long.</summary>
    private static readonly TimeSpan GiveUpBound = TimeSpan.FromMinutes(1);

    /// <summary>Waits for the background build to report that it failed; fails loudly if it ends otherwise or never does.</summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var body = await Client.GetStringAsync("/api/status");
            var phase = JsonDocument.Parse(body).RootElement.GetProperty("phase").GetString();
            if (phase == "failed") return;
            if (phase != "building")
                throw new InvalidOperationException($"with no corpus the build should fail, but /api/status says: {body}");
            if (clock.Elapsed > GiveUpBound)
                throw new TimeoutException($"the build had not given up after {GiveUpBound.TotalSeconds} s; /api/status says: {body}");
            await Task.Delay(50);
        }
    }
}
