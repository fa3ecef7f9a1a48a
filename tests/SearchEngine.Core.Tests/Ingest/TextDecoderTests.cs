using System.Text;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Tests.Ingest;

public class TextDecoderTests
{
    private const string Sample = "Núñez said “peace” — Zelenskyy’s office";

    [Fact]
    public void Utf8_without_bom_is_read_as_is()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(Sample, decoded.Text);
        Assert.Null(decoded.EncodingNote);
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_decoded_and_noted()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
        Assert.Contains("UTF-16", decoded.EncodingNote);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_decoded()
    {
        var decoded = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_and_says_so()
    {
        // 0x92 is a right single quote in Windows-1252 and never valid on its own in UTF-8.
        var decoded = TextDecoder.Decode([.. Encoding.ASCII.GetBytes("Wenger"), 0x92, .. Encoding.ASCII.GetBytes("s side, 5"), 0xA3]);
        Assert.Equal("Wenger’s side, 5£", decoded.Text);
        Assert.Contains("Windows-1252", decoded.EncodingNote);
    }

    [Theory]
    [InlineData("one\r\ntwo\r\nthree")]
    [InlineData("one\rtwo\rthree")]
    [InlineData("one\r\ntwo\rthree")]
    public void Crlf_and_cr_line_ends_become_lf(string text)
    {
        Assert.Equal("one\ntwo\nthree", TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        var decoded = TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);
        Assert.Null(decoded.Text);
        Assert.Contains("binary", decoded.Error);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D }, "no text")]
    public void Empty_or_blank_is_an_error(byte[] bytes, string reason)
    {
        Assert.Contains(reason, TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Control_characters_other_than_tab_and_newline_are_dropped()
    {
        Assert.Equal("a\tb\nc", TextDecoder.Decode(Encoding.UTF8.GetBytes("a\u0001\tb\u001b\nc\u007f")).Text);
    }
}
