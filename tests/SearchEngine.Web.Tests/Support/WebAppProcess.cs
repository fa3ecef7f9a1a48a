using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// The built web app run as its own process (<c>dotnet SearchEngine.Web.dll</c>), so a test can start it from any folder
/// and stop it as a user would: Ctrl+C (SIGTERM) or kill -9. It listens on a port the system picks, read from its log;
/// its console output is kept for assertions.
/// </summary>
public sealed partial class WebAppProcess : IDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebAppProcess(Process process) => _process = process;

    public HttpClient Client { get; private set; } = null!;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the app beside the tests (their output folder holds it and its appsettings.json) with these settings.</summary>
    public static Task<WebAppProcess> StartAsync(params string[] settings) =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "SearchEngine.Web.dll"), AppContext.BaseDirectory, settings);

    /// <summary>Starts <paramref name="dll"/> in <paramref name="workingDirectory"/> and returns once it listens.</summary>
    public static async Task<WebAppProcess> StartAsync(string dll, string workingDirectory, IEnumerable<string> settings,
        Action<ProcessStartInfo>? configure = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0" }.Concat(settings)) start.ArgumentList.Add(argument);
        configure?.Invoke(start);
        var app = new WebAppProcess(new Process { StartInfo = start });
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();

        var started = await Task.WhenAny(app._listening.Task, app._process.WaitForExitAsync(), Task.Delay(StartBound));
        if (started != app._listening.Task)
        {
            app.Dispose();
            throw new TimeoutException($"the app did not start listening within {StartBound}; it printed:\n{app.Output}");
        }
        app.Client = new HttpClient { BaseAddress = new Uri(await app._listening.Task), Timeout = TimeSpan.FromSeconds(30) };
        return app;
    }

    /// <summary>Polls <c>/api/status</c> until <paramref name="reached"/> holds; null if the app became ready (or failed) first.</summary>
    public async Task<JsonElement?> WaitForStatusAsync(Func<JsonElement, bool> reached, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            var status = await StatusAsync();
            if (reached(status)) return status;
            if (status.GetProperty("phase").GetString() != "building") return null;
            await Task.Delay(5);
        }
        throw new TimeoutException($"the status did not reach the state within {bound}:\n{Output}");
    }

    public async Task<JsonElement> StatusAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync("/api/status")).RootElement.Clone();

    /// <summary>kill -9: the process ends at once, in whatever it was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Ctrl+C / SIGTERM: the app shuts down as it would in a terminal or under a service manager, its log written to the end.</summary>
    public void Terminate(TimeSpan bound)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!_process.WaitForExit(bound)) throw new TimeoutException($"the app did not stop within {bound} of SIGTERM:\n{Output}");
        _process.WaitForExit(); // the output handlers have run to the last line
    }

    public void Dispose()
    {
        Client?.Dispose();
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (ListeningOn().Match(line) is { Success: true } match) _listening.TrySetResult(match.Groups["url"].Value);
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningOn();
}
