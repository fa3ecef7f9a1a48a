using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.Web.Hosting;

namespace SearchEngine.Web.Tests.Hosting;

/// <summary>
/// The built app started as a dll (<c>dotnet …/SearchEngine.Web.dll</c>) from a folder that is neither the app's nor
/// the repo's: it reads the <c>appsettings.json</c> beside it (whose logging levels keep requests out of the log) and
/// finds the repo's <c>sample-corpus/</c>.
/// </summary>
public sealed partial class StartedAsDllTests : IDisposable
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
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", "http://127.0.0.1:0" }) info.ArgumentList.Add(arg);
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "SearchEngine__CorpusPath" })
            info.Environment.Remove(name);
        info.Environment["SearchEngine__IndexPath"] = index; // the repo's own index/ is left alone
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var app = new Process { StartInfo = info };
        void Record(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match) listening.TrySetResult(match.Groups["url"].Value);
        }
        app.OutputDataReceived += (_, e) => Record(e.Data);
        app.ErrorDataReceived += (_, e) => Record(e.Data);
        app.Start();
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        string Printed() { lock (output) return output.ToString(); }

        try
        {
            var started = await Task.WhenAny(listening.Task, app.WaitForExitAsync(), Task.Delay(Bound));
            if (started != listening.Task) Assert.Fail($"the app did not start listening within {Bound.TotalMinutes} minutes; it printed:\n{Printed()}");
            using var client = new HttpClient { BaseAddress = new Uri(await listening.Task) };

            var status = await Poll(client, Bound, Printed);
            Assert.Equal("ready", status.GetProperty("phase").GetString());
            var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats")).RootElement;
            var sampleFiles = Directory.GetFiles(Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory)!, "sample-corpus"), "*.txt").Length;
            Assert.Equal(sampleFiles, stats.GetProperty("files").GetInt32());
            Assert.True(Directory.EnumerateFiles(index).Any(), $"nothing was written to {index}");
            Assert.Equal("ok", await client.GetStringAsync("/health"));
        }
        finally
        {
            // Stopped as a terminal would (SIGTERM), so that the log is written to its last line.
            if (!app.HasExited) Process.Start("kill", ["-TERM", app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!app.WaitForExit(TimeSpan.FromSeconds(30))) app.Kill(entireProcessTree: true);
            app.WaitForExit();
        }

        var log = Printed();
        Assert.Contains("Application is shutting down", log, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"Content root path: {Regex.Escape(appFolder)}/?\r?$", RegexOptions.Multiline), log);
        // appsettings.json sets Microsoft.AspNetCore to Warning: without it every request is logged at Information.
        Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Request finished", log, StringComparison.Ordinal);
    }

    /// <summary>/api/status until the first build has finished, for at most <paramref name="bound"/>.</summary>
    private static async Task<JsonElement> Poll(HttpClient client, TimeSpan bound, Func<string> printed)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync("/api/status")).RootElement.Clone();
            if (status.GetProperty("phase").GetString() != "building") return status;
            if (clock.Elapsed > bound) Assert.Fail($"the first build had not finished after {bound.TotalMinutes} minutes; the app printed:\n{printed()}");
            await Task.Delay(100);
        }
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

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningOn();
}
