using Microsoft.Extensions.Options;

namespace SearchEngine.Web.Hosting;

public static class HostingExtensions
{
    /// <summary>The shared searcher, its paths, and the background build of a missing index.</summary>
    public static IServiceCollection AddSearchEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchEngineOptions>(configuration.GetSection(SearchEngineOptions.Section));
        services.AddSingleton(sp => IndexPaths.Resolve(sp.GetRequiredService<IOptions<SearchEngineOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<IndexHolder>();
        services.AddHostedService<IndexBootstrapper>();
        return services;
    }

    /// <summary>Listens on loopback only unless an address is configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>Urls</c>).</summary>
    public static IWebHostBuilder UseUrlsUnlessConfigured(this IWebHostBuilder webHost, string urls)
    {
        if (string.IsNullOrEmpty(webHost.GetSetting(WebHostDefaults.ServerUrlsKey))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_HTTPS_PORTS")))
            webHost.UseUrls(urls);
        return webHost;
    }

    /// <summary>Kestrel's room for the request line: a search is a GET, so a pasted paragraph travels in the address.</summary>
    public const int MaxRequestLineBytes = 256 * 1024;

    /// <summary>
    /// Lets a long query reach the app, which answers it with its own message (a query over the length limit) instead of
    /// Kestrel's bare 414 (request line over 8 KB) or 431 (headers over 32 KB; htmx repeats the page's address in
    /// <c>HX-Current-URL</c>, the browser in <c>Referer</c>). Percent-encoded, 256 KB is some 30,000 characters of the
    /// most accented text and far more of plain English; beyond that Kestrel still answers 414.
    /// </summary>
    public static IWebHostBuilder AllowLongQueries(this IWebHostBuilder webHost) => webHost.ConfigureKestrel(options =>
    {
        options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        options.Limits.MaxRequestHeadersTotalSize = 2 * MaxRequestLineBytes + 32 * 1024;
    });

    /// <summary>Headers that keep article text inert even if something slipped through encoding.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["X-Frame-Options"] = "DENY";
        headers["Content-Security-Policy"] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
        await next(context);
    });
}
