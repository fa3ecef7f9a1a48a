using System.Text;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Decodes article bytes: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM; bytes that are not valid UTF-8 are
/// read as Windows-1252 (the usual legacy encoding of English news text) and say so. Line ends become LF.
/// Binary content (NUL bytes) and files with no text are errors.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        string? note = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            if (!TryStrictUtf8(bytes[3..], out text))
                return DecodedText.Failure("starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            text = new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetString(bytes[4..]);
            note = "UTF-32 (little-endian, with BOM)";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            note = "UTF-16 (little-endian, with BOM)";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            note = "UTF-16 (big-endian, with BOM)";
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
                return DecodedText.Failure("binary file (contains NUL bytes)");
            if (!TryStrictUtf8(bytes, out text))
            {
                text = Windows1252.GetString(bytes);
                note = "not valid UTF-8; decoded as Windows-1252";
            }
        }

        if (text.Contains('\0'))
            return DecodedText.Failure("binary file (contains NUL characters)");
        text = RemoveControlCharacters(NormalizeLineEnds(text));
        if (string.IsNullOrWhiteSpace(text))
            return DecodedText.Failure(bytes.Length == 0 ? "empty file" : "no text (only white space)");
        return new DecodedText(text, note, null);
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>C0 controls other than tab and line feed carry no text; dropping them keeps every later stage simple.</summary>
    internal static string RemoveControlCharacters(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0001', '\u0008') && !text.AsSpan().ContainsAnyInRange('\u000B', '\u001F')
            && !text.Contains('\u007F'))
            return text;
        return string.Create(text.Length - text.Count(IsDropped), text, (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
                if (!IsDropped(c)) span[i++] = c;
        });
    }

    private static bool IsDropped(char c) => (c < ' ' && c != '\n' && c != '\t') || c == '\u007F';

    internal static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
