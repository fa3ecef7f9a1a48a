using Microsoft.Playwright;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>A browser page with what went wrong on it: uncaught script errors and dialogs (alert, confirm) that opened.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
