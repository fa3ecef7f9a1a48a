namespace SearchEngine.Web.Hosting;

/// <summary>
/// The folder the app reads <c>appsettings.json</c> from. ASP.NET takes the working directory unless told otherwise,
/// so the built app started from anywhere else (<c>dotnet src/SearchEngine.Web/bin/Release/net10.0/SearchEngine.Web.dll</c>
/// from the repo root) would run without its settings, logging every request; the app's own folder, where the build
/// copies the settings, is used instead. A content root given explicitly (<c>--contentRoot</c>,
/// <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>, or the test host's) still wins.
/// </summary>
public static class AppContentRoot
{
    /// <summary><paramref name="appFolder"/> when it holds <c>appsettings.json</c> and no content root is configured; else null, ASP.NET's default.</summary>
    public static string? Choose(string[] args, string appFolder)
    {
        var configured = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        if (!string.IsNullOrEmpty(configured)) return null;
        return File.Exists(Path.Combine(appFolder, "appsettings.json")) ? appFolder : null;
    }
}
