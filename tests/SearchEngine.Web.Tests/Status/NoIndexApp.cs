using System.Text.Json;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Status;

/// <summary>The app started with no index and no corpus to build one from: it keeps answering and says why.</summary>
public sealed class NoIndexApp : WebApp
{
    protected override IReadOnlyList<CorpusDoc> CreateDocs() => [];

    protected override TempIndex CreateIndex() => TempIndex.Missing();

    /// <summary>Waits for the background build to give up (it finds no corpus at once).</summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        for (var i = 0; i < 100; i++)
        {
            var status = JsonDocument.Parse(await Client.GetStringAsync("/api/status")).RootElement;
            if (status.GetProperty("phase").GetString() == "failed") return;
            await Task.Delay(50);
        }
    }
}
