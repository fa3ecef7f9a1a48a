namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Everything the duplicate levels need to know about one article, without its text: the index keeps these in
/// memory and the store keeps them as a BLOB (<see cref="ToBytes"/>), so the in-memory index can be rebuilt at
/// startup without re-reading or re-tokenising any article. All hash sets are sorted and distinct.
/// The shingle set, which makes near-duplicate similarity exact rather than estimated, is not stored: it was half of
/// the bytes, and it is needed only for the few pairs LSH proposes, so it is computed again from the article's text
/// then (see <see cref="FingerprintBuilder.ShinglesOf"/>).
/// </summary>
public sealed record ArticleFingerprint
{
    /// <summary>Bumped whenever the byte layout or any hashing changes; older BLOBs are then rebuilt from text.</summary>
    public const byte FormatVersion = 2;

    public required string Id { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>Hash of the folded word sequence (<see cref="TextNormalizer.ExactHash(string)"/>).</summary>
    public ulong ExactHash { get; init; }

    public int WordCount { get; init; }

    /// <summary>MinHash signature of <see cref="Shingles"/>.</summary>
    public uint[] MinHash { get; init; } = [];

    /// <summary>
    /// Sorted 32-bit hashes of the word 5-shingles, when the fingerprint was built from text; empty when it was read
    /// from bytes (<see cref="ShingleCount"/> still says how many there are).
    /// </summary>
    public uint[] Shingles { get; init; } = [];

    private readonly int? _shingleCount;

    /// <summary>How many shingles the text has, whether or not <see cref="Shingles"/> holds them.</summary>
    public int ShingleCount
    {
        get => _shingleCount ?? Shingles.Length;
        init => _shingleCount = value;
    }

    /// <summary>Content words (no stop words, no numbers), sorted by hash.</summary>
    public TermCount[] Terms { get; init; } = [];

    /// <summary>Hashes of the words of the <c>Person.Key</c>s extraction found.</summary>
    public uint[] Persons { get; init; } = [];

    /// <summary>Hashes of capitalised words inside sentences: the name evidence that still works when person extraction finds nothing.</summary>
    public uint[] Names { get; init; } = [];

    /// <summary>Hashes of numbers with at least two digits ("28-point" gives 28, "600,000" gives 600000).</summary>
    public uint[] Numbers { get; init; } = [];

    /// <summary>Hashes of word 4-grams inside quotations: a quote survives the rewriting around it.</summary>
    public uint[] Quotes { get; init; } = [];

    /// <summary>Winnowed word 8-gram fingerprints, in text order.</summary>
    public PassageMark[] Passages { get; init; } = [];

    /// <summary>A compact byte form: sorted sets are delta-coded as 7-bit varints.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(2048);
        using var writer = new BinaryWriter(stream);
        writer.Write(FormatVersion);
        writer.Write(Id);
        writer.Write(Outlet ?? "");
        writer.Write7BitEncodedInt(Date is { } date ? date.DayNumber + 1 : 0);
        writer.Write(ExactHash);
        writer.Write7BitEncodedInt(WordCount);
        writer.Write7BitEncodedInt(MinHash.Length);
        foreach (var value in MinHash) writer.Write(value);
        writer.Write7BitEncodedInt(ShingleCount);
        writer.Write7BitEncodedInt(Terms.Length);
        uint previous = 0;
        foreach (var term in Terms)
        {
            writer.Write7BitEncodedInt((int)(term.Hash - previous));
            writer.Write7BitEncodedInt(term.Count);
            previous = term.Hash;
        }
        WriteSorted(writer, Persons);
        WriteSorted(writer, Names);
        WriteSorted(writer, Numbers);
        WriteSorted(writer, Quotes);
        writer.Write7BitEncodedInt(Passages.Length);
        int word = 0, start = 0;
        foreach (var mark in Passages)
        {
            writer.Write(mark.Hash);
            writer.Write7BitEncodedInt(mark.Word - word);
            writer.Write7BitEncodedInt(mark.Start - start);
            writer.Write7BitEncodedInt(mark.End - mark.Start);
            word = mark.Word;
            start = mark.Start;
        }
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote; throws <see cref="InvalidDataException"/> for another format version.</summary>
    public static ArticleFingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        // Straight from the span: a full duplicate match decodes millions of these, and a stream reader's per-byte
        // virtual calls were most of the cost.
        var reader = new SpanReader(bytes);
        var version = reader.Byte();
        if (version != FormatVersion) throw new InvalidDataException($"fingerprint format {version}, expected {FormatVersion}");
        var id = reader.String();
        var outlet = reader.String();
        var day = reader.VarInt();
        var exact = reader.UInt64();
        var words = reader.VarInt();
        var minHash = new uint[reader.VarInt()];
        for (var i = 0; i < minHash.Length; i++) minHash[i] = reader.UInt32();
        var shingleCount = reader.VarInt();
        var terms = new TermCount[reader.VarInt()];
        uint previous = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            previous += (uint)reader.VarInt();
            terms[i] = new TermCount(previous, reader.VarInt());
        }
        var persons = reader.Sorted();
        var names = reader.Sorted();
        var numbers = reader.Sorted();
        var quotes = reader.Sorted();
        var passages = new PassageMark[reader.VarInt()];
        int word = 0, start = 0;
        for (var i = 0; i < passages.Length; i++)
        {
            var hash = reader.UInt32();
            word += reader.VarInt();
            start += reader.VarInt();
            passages[i] = new PassageMark(hash, word, start, start + reader.VarInt());
        }
        return new ArticleFingerprint
        {
            Id = id,
            Outlet = outlet.Length == 0 ? null : outlet,
            Date = day == 0 ? null : DateOnly.FromDayNumber(day - 1),
            ExactHash = exact,
            WordCount = words,
            MinHash = minHash,
            ShingleCount = shingleCount,
            Terms = terms,
            Persons = persons,
            Names = names,
            Numbers = numbers,
            Quotes = quotes,
            Passages = passages,
        };
    }

    /// <summary>Reads the layout <see cref="BinaryWriter"/> writes (little-endian numbers, 7-bit varints, length-prefixed UTF-8).</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte Byte() => _at < _bytes.Length ? _bytes[_at++] : throw Truncated();

        public int VarInt()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)value;
            }
            throw new InvalidDataException("fingerprint: malformed varint");
        }

        public uint UInt32() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public ulong UInt64() => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public string String() => System.Text.Encoding.UTF8.GetString(Take(VarInt()));

        public uint[] Sorted()
        {
            var values = new uint[VarInt()];
            uint previous = 0;
            for (var i = 0; i < values.Length; i++)
            {
                previous += (uint)VarInt();
                values[i] = previous;
            }
            return values;
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || _at + count > _bytes.Length) throw Truncated();
            var span = _bytes.Slice(_at, count);
            _at += count;
            return span;
        }

        private static InvalidDataException Truncated() => new("fingerprint: truncated");
    }

    private static void WriteSorted(BinaryWriter writer, uint[] values)
    {
        writer.Write7BitEncodedInt(values.Length);
        uint previous = 0;
        foreach (var value in values)
        {
            writer.Write7BitEncodedInt((int)(value - previous));
            previous = value;
        }
    }
}
