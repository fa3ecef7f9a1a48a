using System.Diagnostics;
using System.Net;

// A bounded HTTP load test for /api/search on this machine: N concurrent connections for a fixed time (and at most a
// fixed number of requests), cycling through a query file. It refuses any host that is not loopback.
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: LoadTest --url http://127.0.0.1:5000 [--queries bench/queries.tsv] [--connections 64] [--seconds 30] [--warmup 5] [--max-requests 1000000]");
    return 2;
}

var host = options.Url.Host;
if (!(IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address)) && host != "localhost")
{
    Console.Error.WriteLine($"refusing {host}: this load test only targets loopback addresses");
    return 2;
}

var queries = File.ReadLines(options.QueryFile)
    .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
    .Select(l => l.Split('\t', 2)[^1].Trim())
    .ToArray();
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = options.Url,
    Timeout = TimeSpan.FromSeconds(10),
};

// A warm-up first, not counted: the server's first seconds measure its JIT, not its steady state.
if (options.WarmupSeconds > 0)
{
    var warm = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(worker => Task.Run(async () =>
    {
        for (var i = worker; warm.Elapsed.TotalSeconds < options.WarmupSeconds; i++)
        {
            try { using var _ = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(queries[i % queries.Length])}"); }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { }
        }
    })));
}

var latencies = new List<double>[options.Connections];
var errors = 0;
long issued = 0;
var deadline = Stopwatch.StartNew();
var workers = Enumerable.Range(0, options.Connections).Select(worker => Task.Run(async () =>
{
    var mine = latencies[worker] = [];
    var i = worker;
    while (deadline.Elapsed.TotalSeconds < options.Seconds && Interlocked.Increment(ref issued) <= options.MaxRequests)
    {
        var query = queries[i++ % queries.Length];
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
            await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref errors);
        }
        mine.Add(clock.Elapsed.TotalMilliseconds);
    }
})).ToArray();
await Task.WhenAll(workers);
var elapsed = deadline.Elapsed.TotalSeconds;

var all = latencies.SelectMany(l => l).Order().ToArray();
double P(int p) => all.Length == 0 ? 0 : all[Math.Clamp((int)Math.Ceiling(p / 100.0 * all.Length) - 1, 0, all.Length - 1)];
Console.WriteLine($"{all.Length:N0} requests in {elapsed:F1} s over {options.Connections} connections: {all.Length / elapsed:F0} requests/s");
Console.WriteLine($"latency ms: p50 {P(50):F1}  p90 {P(90):F1}  p99 {P(99):F1}  max {(all.Length > 0 ? all[^1] : 0):F1}");
Console.WriteLine($"errors: {errors}");
return errors == 0 ? 0 : 1;

internal sealed record LoadOptions(Uri Url, string QueryFile, int Connections, int Seconds, int WarmupSeconds, long MaxRequests)
{
    public static LoadOptions? Parse(string[] args)
    {
        var map = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) map[args[i]] = args[i + 1];
        if (!map.TryGetValue("--url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        return new LoadOptions(uri,
            map.GetValueOrDefault("--queries", "bench/queries.tsv"),
            int.Parse(map.GetValueOrDefault("--connections", "64")),
            int.Parse(map.GetValueOrDefault("--seconds", "30")),
            int.Parse(map.GetValueOrDefault("--warmup", "5")),
            long.Parse(map.GetValueOrDefault("--max-requests", "1000000")));
    }
}
