using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// The byte form of a term's postings for ranking: per article, the rowid as a delta from the previous one, then
/// <c>body count &lt;&lt; 2 | has title &lt;&lt; 1 | has quote</c>, then the title and quote counts only when present; all
/// LEB128 varints. Most postings are body-only, so they take two or three bytes. Rowids ascend within a blob.
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
            Write(ref buffer, ref length, ((ulong)counts.Body << 2) | (counts.Title > 0 ? 2UL : 0) | (counts.Quote > 0 ? 1UL : 0));
            if (counts.Title > 0) Write(ref buffer, ref length, counts.Title);
            if (counts.Quote > 0) Write(ref buffer, ref length, counts.Quote);
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
            var header = Read(data, ref position);
            var title = (header & 2) != 0 ? (ushort)Read(data, ref position) : (ushort)0;
            var quote = (header & 1) != 0 ? (ushort)Read(data, ref position) : (ushort)0;
            var body = (ushort)(header >> 2);
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
