using System.Buffers;
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

    private const int MaxRatio = 4096;

    public static byte[] Compress(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        // Quality 5, window 2^22: most of Brotli's gain on prose at a fraction of its top settings' cost.
        if (!BrotliEncoder.TryCompress(bytes, buffer, out var written, quality: 5, window: 22))
            throw new InvalidOperationException("compression buffer too small");
        return buffer[..written];
    }

    public static string? Decompress(byte[]? compressed) =>
        compressed is null ? null : Decode(compressed, static bytes => Encoding.UTF8.GetString(bytes));

    /// <summary>The stored text as UTF-8 bytes (for readers that parse it without making a string).</summary>
    public static byte[] DecompressUtf8(byte[] compressed) => Decode(compressed, static bytes => bytes.ToArray());

    private static T Decode<T>(byte[] compressed, Func<ReadOnlySpan<byte>, T> convert)
    {
        // One-shot decoding into a pooled buffer: a stream and reader per call cost more than decoding a short body.
        var size = Math.Max(4096, compressed.Length * 8);
        while (true)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                if (BrotliDecoder.TryDecompress(compressed, buffer, out var written))
                {
                    // A leading byte-order mark is dropped, as the stream reader this replaced did.
                    var bom = written >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
                    return convert(buffer.AsSpan(bom, written - bom));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            // TryDecompress also fails on damaged data: stop growing long past any real compression ratio.
            if (size > MaxRatio * compressed.Length + 65536) throw new InvalidDataException("stored text does not decompress");
            size *= 4;
        }
    }
}
