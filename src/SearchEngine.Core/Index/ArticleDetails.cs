using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Index;

/// <summary>
/// The parts of an article stored as one field (UTF-8 JSON, which Lucene's stored fields compress): they are read
/// whole, with the article.
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

    public static byte[] Serialize(Article article) =>
        JsonSerializer.SerializeToUtf8Bytes(new ArticleDetails(article.Persons, article.Quotes, article.CitedOutlets, article.Warnings), Options);

    public static ArticleDetails Deserialize(ReadOnlySpan<byte> stored) =>
        JsonSerializer.Deserialize<ArticleDetails>(stored, Options) ?? new ArticleDetails([], [], [], []);

    /// <summary>
    /// The speaker of each stored quote, in order (null where unattributed): what a search hit needs, read with a
    /// JSON reader that skips the rest instead of building every person and mention.
    /// </summary>
    public static List<string?> QuoteSpeakers(ReadOnlySpan<byte> stored)
    {
        var reader = new Utf8JsonReader(stored);
        var speakers = new List<string?>();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return speakers;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isQuotes = reader.ValueTextEquals("quotes");
            reader.Read();
            if (!isQuotes || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            speakers.Clear(); // a repeated property replaces the earlier one, as in deserialisation
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? speaker = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isSpeaker = reader.ValueTextEquals("speaker");
                    reader.Read();
                    if (isSpeaker) speaker = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    else reader.Skip();
                }
                speakers.Add(speaker);
            }
        }
        return speakers;
    }
}
