using Microsoft.Playwright;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>
/// The app on a real loopback port plus one headless Debian Chromium for the whole test class. When Chromium is not
/// installed, <see cref="WebApp.SkipReason"/> says so and the tests skip.
/// </summary>
public abstract class BrowserApp : WebApp
{
    /// <summary>Debian's Chromium; <c>SEARCHENGINE_TEST_CHROMIUM</c> names another binary (or a missing one, to see the skip).</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("SEARCHENGINE_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    protected override bool RealServer => true;

    public override async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            SkipReason = $"{ChromiumPath} is not installed (apt-get install chromium); browser tests need Debian's Chromium.";
        await base.InitializeAsync();
        if (SkipReason is not null) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// A fresh page (own context, so no shared history or storage) that records script errors, dialogs and
    /// Content-Security-Policy violations. <paramref name="javaScript"/> false shows the page as a browser without it.
    /// </summary>
    public async Task<BrowserPage> NewPage(int width = 1280, int height = 900, bool javaScript = true)
    {
        if (SkipReason is not null) VisibleSkip.Because(SkipReason);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(10_000);
        // Chromium reports a blocked inline style on the console ("Refused to apply inline style…", lately "Applying
        // inline style violates…"); the page's own event says so whatever the wording. The script is the test's, not
        // the page's, so the policy does not apply to it.
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', function (e) { console.error('Content Security Policy violation: ' + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')); });");
        var page = await context.NewPageAsync();
        var result = new BrowserPage(context, page);
        page.PageError += (_, error) => result.Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("inline style", StringComparison.OrdinalIgnoreCase))
                result.PolicyViolations.Add($"{page.Url}: {message.Text}");
        };
        page.Dialog += async (_, dialog) =>
        {
            result.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return result;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
