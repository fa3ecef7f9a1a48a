using System.Net.Sockets;
using System.Text;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Articles;

public sealed class RawPathTests(NewsServerApp app) : IClassFixture<NewsServerApp>
{
    /// <summary>Sends the request line exactly as written and returns the status line and body.</summary>
    private async Task<(string Status, string Body)> Send(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (response[..response.IndexOf("\r\n", StringComparison.Ordinal)], split < 0 ? "" : response[(split + 4)..]);
    }

    [Theory]
    [InlineData("/articles/../../x")]
    [InlineData("/articles/../../etc/passwd")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/%2e%2e%2f%2e%2e%2fmetadata.tsv")]
    [InlineData("/api/articles/../../../etc/passwd")]
    public async Task Dot_dot_paths_sent_as_written_never_reach_a_file(string target)
    {
        var (status, body) = await Send(target);
        Assert.Contains(" 404 ", status, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("file\toutlet", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_article_answers_200_over_the_same_raw_connection()
    {
        var (status, body) = await Send($"/articles/{await app.IdOf("d1.txt")}");
        Assert.Contains(" 200 ", status, StringComparison.Ordinal);
        Assert.Contains("Harbor dredging plan approved", body, StringComparison.Ordinal);
    }
}
