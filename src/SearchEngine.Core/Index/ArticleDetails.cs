using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Index;

/// <summary>
/// The parts of an article stored as one column (Brotli-compressed JSON; person mentions make it large): they are
/// read whole, with the article.
/// </summary>
internal sealed record ArticleDetails(
    IReadOnlyList<Person> Persons,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> CitedOutlets,
    IReadOnlyList<string> Warnings)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Serialize(Article article) => TextCompression.Compress(
        JsonSerializer.Serialize(new ArticleDetails(article.Persons, article.Quotes, article.CitedOutlets, article.Warnings), Options));

    public static ArticleDetails Deserialize(byte[] stored) =>
        JsonSerializer.Deserialize<ArticleDetails>(TextCompression.Decompress(stored)!, Options) ?? new ArticleDetails([], [], [], []);
}
