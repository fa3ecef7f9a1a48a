using System.Text.Json;
using SearchEngine.Web.Hosting;

namespace SearchEngine.Web.Status;

public static class StatusEndpoints
{
    /// <summary><c>/status</c>: the banner fragment the page polls; <c>/api/status</c>: the same as JSON.</summary>
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status", Banner);
        app.MapGet("/api/status", Json);
        return app;
    }

    private static IResult Banner(HttpContext context, IndexHolder holder)
    {
        var status = holder.Status;
        // The page that was polling was rendered without results: reload it so they appear.
        if (status.Phase == IndexPhase.Ready && context.Request.Headers.ContainsKey("HX-Request"))
            context.Response.Headers["HX-Refresh"] = "true";
        return TypedResults.Content(StatusBanner.Render(status).Value, "text/html; charset=utf-8");
    }

    private static IResult Json(IndexHolder holder)
    {
        var status = holder.Status;
        return TypedResults.Json(new
        {
            phase = status.Phase.ToString().ToLowerInvariant(),
            done = status.Done,
            total = status.Total,
            percent = status.Percent,
            stage = JsonNamingPolicy.CamelCase.ConvertName(status.Stage.ToString()),
            message = status.Message,
        });
    }
}
