using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// The byte form of a term's postings for ranking: per article, the rowid as a delta from the previous one, then the
/// term's count in title, body and quote, each a LEB128 varint. Rowids ascend within a blob.
/// </summary>
internal static class PostingsCodec
{
    public static byte[] Encode(IReadOnlyList<(long Rowid, FieldCounts Counts)> postings)
    {
        var buffer = new byte[postings.Count * 8 + 8];
        var length = 0;
        long previous = 0;
        foreach (var (rowid, counts) in postings)
        {
            Write(ref buffer, ref length, (ulong)(rowid - previous));
            Write(ref buffer, ref length, counts.Title);
            Write(ref buffer, ref length, counts.Body);
            Write(ref buffer, ref length, counts.Quote);
            previous = rowid;
        }
        return buffer[..length];
    }

    /// <summary>Decodes every posting of a blob, calling back in rowid order.</summary>
    public static void Decode(ReadOnlySpan<byte> data, Action<long, FieldCounts> onPosting)
    {
        var position = 0;
        long rowid = 0;
        while (position < data.Length)
        {
            rowid += (long)Read(data, ref position);
            var title = (ushort)Read(data, ref position);
            var body = (ushort)Read(data, ref position);
            var quote = (ushort)Read(data, ref position);
            onPosting(rowid, new FieldCounts(title, body, quote));
        }
    }

    private static void Write(ref byte[] buffer, ref int length, ulong value)
    {
        if (length + 10 > buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[length++] = (byte)value;
    }

    private static ulong Read(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        var shift = 0;
        while (position < data.Length)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) break;
            shift += 7;
        }
        return value;
    }
}
