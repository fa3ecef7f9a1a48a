using System.Globalization;
using System.Text.Json;
using CsvHelper;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Web.Hosting;
using SearchEngine.Web.Search;

namespace SearchEngine.Web.Api;

/// <summary>
/// Exports every match of a search (not one page) as CSV or JSON. The searcher is paged through in chunks and each
/// chunk is written and flushed before the next is fetched, so memory stays flat however many articles match.
/// </summary>
public static class SearchExport
{
    private const int Chunk = SearchRequest.MaxPageSize;

    public static async Task<IResult> Csv(HttpContext context, IndexHolder holder)
    {
        var (request, failure) = Prepare(context, holder);
        if (failure is not null) return failure;
        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"search.csv\"";

        await using var csv = CsvWriter.Create(response.Body, CsvWriterOptions.Default, leaveOpen: true);
        var cancellation = context.RequestAborted;
        await csv.WriteRecordAsync(["outlet", "date", "author", "title", "persons", "id", "source"], cancellation);
        await foreach (var chunk in Chunks(holder.Searcher!, request!, cancellation))
        {
            foreach (var (hit, persons) in chunk)
            {
                await csv.WriteRecordAsync([
                    hit.Outlet ?? "", hit.Date is { } d ? SearchState.Iso(d) : "", hit.Author ?? "", hit.Title, string.Join("; ", persons), hit.Id, hit.SourcePath ?? "",
                ], cancellation);
            }
            await csv.FlushAsync(cancellation);
        }
        return Results.Empty;
    }

    public static async Task<IResult> Json(HttpContext context, IndexHolder holder)
    {
        var (request, failure) = Prepare(context, holder);
        if (failure is not null) return failure;
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"search.json\"";

        await using var json = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = SearchJson.Options.Encoder, Indented = false });
        json.WriteStartObject();
        json.WriteString("query", request!.Query);
        json.WriteStartArray("articles");
        var count = 0;
        await foreach (var chunk in Chunks(holder.Searcher!, request, context.RequestAborted))
        {
            foreach (var (hit, persons) in chunk)
            {
                json.WriteStartObject();
                json.WriteString("id", hit.Id);
                json.WriteString("sourcePath", hit.SourcePath);
                json.WriteString("outlet", hit.Outlet);
                json.WriteString("date", hit.Date is { } d ? SearchState.Iso(d) : null);
                json.WriteString("author", hit.Author);
                json.WriteString("title", hit.Title);
                json.WriteStartArray("persons");
                foreach (var person in persons) json.WriteStringValue(person);
                json.WriteEndArray();
                json.WriteEndObject();
                count++;
            }
            await json.FlushAsync(context.RequestAborted);
        }
        json.WriteEndArray();
        json.WriteNumber("total", count);
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
        return Results.Empty;
    }

    private static (SearchRequest? Request, IResult? Failure) Prepare(HttpContext context, IndexHolder holder)
    {
        var (state, error) = SearchState.Parse(context.Request.Query);
        if (error is not null) return (null, ApiEndpoints.Error(error, StatusCodes.Status400BadRequest));
        if (holder.Searcher is not { } searcher) return (null, ApiEndpoints.Unavailable(holder));
        var request = state.ToRequest() with { Page = 1, PageSize = Chunk, IncludeFacets = false };
        // Run the first page before any byte is written, so a bad query is still a clean 400.
        var first = searcher.Search(request with { PageSize = 0 });
        return first.Error is not null ? (null, ApiEndpoints.Error(first.Error, StatusCodes.Status400BadRequest)) : (request, null);
    }

    /// <summary>
    /// Every hit, one page of the searcher at a time, each with the names of the persons it mentions. A reindex between
    /// pages can shift hits; the export reflects the index as each page was read.
    /// </summary>
    private static async IAsyncEnumerable<List<(SearchHit Hit, IReadOnlyList<string> Persons)>> Chunks(
        ArticleSearcher searcher, SearchRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        for (var page = 1; ; page++)
        {
            cancellation.ThrowIfCancellationRequested();
            var result = searcher.Search(request with { Page = page });
            if (result.Error is not null || result.Hits.Count == 0) yield break;
            var chunk = result.Hits
                .Select(hit => (hit, (IReadOnlyList<string>)(searcher.GetArticle(hit.Id)?.Persons.Select(p => p.Name).ToList() ?? [])))
                .ToList();
            yield return chunk;
            if (page >= result.PageCount) yield break;
            await Task.Yield();
        }
    }
}
