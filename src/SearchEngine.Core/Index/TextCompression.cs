using System.IO.Compression;
using System.Text;

namespace SearchEngine.Core.Index;

/// <summary>
/// Article bodies are stored Brotli-compressed (about a third of their size): the stored text is most of an index's
/// bytes. SQLite reads them through the <c>inflate()</c> function every connection registers, so FTS5's highlight and
/// snippet see plain text.
/// </summary>
internal static class TextCompression
{
    public const string SqlFunction = "inflate";

    public static byte[] Compress(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        // Quality 5, window 2^22: most of Brotli's gain on prose at a fraction of its top settings' cost.
        if (!BrotliEncoder.TryCompress(bytes, buffer, out var written, quality: 5, window: 22))
            throw new InvalidOperationException("compression buffer too small");
        return buffer[..written];
    }

    public static string? Decompress(byte[]? compressed)
    {
        if (compressed is null) return null;
        using var input = new MemoryStream(compressed);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
