using SearchEngine.Web.Api;
using SearchEngine.Web.Articles;
using SearchEngine.Web.Coverage;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Search;
using SearchEngine.Web.Status;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContentRoot.Choose(args, AppContext.BaseDirectory),
    WebRootPath = RepoPaths.WebRoot(),
});
builder.WebHost.UseUrlsUnlessConfigured("http://localhost:5000");
builder.WebHost.AllowLongQueries();
builder.Services.AddSearchEngine(builder.Configuration);

var app = builder.Build();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.MapSearch();
app.MapArticles();
app.MapCoverage();
app.MapSearchApi();
app.MapStatus();
app.MapGet("/health", () => "ok");
// Browsers and tools ask for /favicon.ico whatever the page links; the icon is an SVG.
app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true));
app.Run();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
