using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Hosting;

/// <summary>
/// The built app started as a dll (<c>dotnet …/SearchEngine.Web.dll</c>) from a folder that is neither the app's nor
/// the repo's: it reads the <c>appsettings.json</c> beside it (whose logging levels keep requests out of the log) and
/// finds the repo's <c>sample-corpus/</c>.
/// </summary>
public sealed class StartedAsDllTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("se-web-cwd-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_workingDirectory, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Started_from_another_folder_the_app_reads_its_settings_and_finds_the_sample_corpus()
    {
        var dll = BuiltApp();
        var appFolder = Path.GetDirectoryName(dll)!;
        var index = Path.Combine(_workingDirectory, "index");
        string log;
        using (var app = await WebAppProcess.StartAsync(dll, _workingDirectory, [], info =>
               {
                   foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "SearchEngine__CorpusPath" })
                       info.Environment.Remove(name);
                   info.Environment["SearchEngine__IndexPath"] = index; // the repo's own index/ is left alone
               }))
        {
            var status = await app.WaitForStatusAsync(s => s.GetProperty("phase").GetString() != "building", Bound);
            Assert.Equal("ready", status!.Value.GetProperty("phase").GetString());
            var stats = JsonDocument.Parse(await app.Client.GetStringAsync("/api/stats")).RootElement;
            var sampleFiles = Directory.GetFiles(Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory)!, "sample-corpus"), "*.txt").Length;
            Assert.Equal(sampleFiles, stats.GetProperty("files").GetInt32());
            Assert.True(Directory.EnumerateFiles(index).Any(), $"nothing was written to {index}");
            Assert.Equal("ok", await app.Client.GetStringAsync("/health"));

            // Stopped as a terminal would (SIGTERM), so that the log is written to its last line.
            app.Terminate(TimeSpan.FromSeconds(30));
            log = app.Output;
        }

        Assert.Contains("Application is shutting down", log, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"Content root path: {Regex.Escape(appFolder)}/?\r?$", RegexOptions.Multiline), log);
        // appsettings.json sets Microsoft.AspNetCore to Warning: without it every request is logged at Information.
        Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Request finished", log, StringComparison.Ordinal);
    }

    /// <summary>The web app as its own build left it: src/SearchEngine.Web/bin/{configuration}/net10.0/SearchEngine.Web.dll.</summary>
    private static string BuiltApp()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = RepoPaths.FindRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("SearchEngine.sln not found above the test binaries");
        var dll = Path.Combine(root, "src", "SearchEngine.Web", "bin", configuration, framework, "SearchEngine.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");
        return dll;
    }
}
