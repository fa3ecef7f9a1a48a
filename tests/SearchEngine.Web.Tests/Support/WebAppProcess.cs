using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SearchEngine.Web.Tests.Support;

/// <summary>
/// The built web app run as its own process (<c>dotnet SearchEngine.Web.dll</c>), so a test can stop it as a user
/// would: Ctrl+C (SIGTERM) or kill -9. Its console output is kept for assertions.
/// </summary>
public sealed class WebAppProcess : IDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WebAppProcess(Process process, int port)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the app and returns once it answers <c>/health</c>.</summary>
    public static async Task<WebAppProcess> StartAsync(params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SearchEngine.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new WebAppProcess(process, port);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"the app exited at start:\n{app.Output}");
            try
            {
                if ((await app.Client.GetAsync("/health")).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException)
            {
            }
            if (clock.Elapsed > StartBound) throw new TimeoutException($"the app did not answer within {StartBound}:\n{app.Output}");
            await Task.Delay(25);
        }
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

    /// <summary>Ctrl+C / SIGTERM: the app shuts down as it would in a terminal or under a service manager.</summary>
    public void Terminate(TimeSpan bound)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!_process.WaitForExit(bound)) throw new TimeoutException($"the app did not stop within {bound} of SIGTERM:\n{Output}");
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
