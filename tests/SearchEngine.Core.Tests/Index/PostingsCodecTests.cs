using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Tests.Index;

public class PostingsCodecTests
{
    [Fact]
    public void Postings_survive_a_round_trip()
    {
        var random = new Random(5);
        long rowid = 0;
        var postings = Enumerable.Range(0, 5000).Select(_ =>
        {
            rowid += random.Next(1, random.Next(2) == 0 ? 3 : 100_000);
            var counts = new FieldCounts(
                (ushort)(random.Next(4) == 0 ? random.Next(1, 5) : 0),
                (ushort)random.Next(0, random.Next(2) == 0 ? 10 : 70_000),
                (ushort)(random.Next(6) == 0 ? random.Next(1, 300) : 0));
            return (rowid, counts);
        }).ToList();

        var decoded = new List<(long, FieldCounts)>();
        PostingsCodec.Decode(PostingsCodec.Encode(postings), (r, c) => decoded.Add((r, c)));
        Assert.Equal(postings, decoded);
    }

    [Fact]
    public void A_body_only_posting_takes_two_bytes()
    {
        Assert.Equal(2, PostingsCodec.Encode([(5L, new FieldCounts(0, 3, 0))]).Length);
    }
}
