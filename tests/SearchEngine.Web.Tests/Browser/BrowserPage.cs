using Microsoft.Playwright;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>
/// A browser page with what went wrong on it: uncaught script errors, dialogs (alert, confirm) that opened, and what the
/// Content-Security-Policy blocked (an inline style, say).
/// </summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];
    public List<string> PolicyViolations { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
