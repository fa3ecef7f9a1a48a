using System.Security.Cryptography;
using System.Text;

namespace SearchEngine.Core.Extraction;

/// <summary>Stable article ids: a short hash of the source path, plus the excerpt number inside a digest.</summary>
public static class ArticleId
{
    /// <summary>The id of a file's article, or of excerpt <paramref name="ordinal"/> (1-based) of a digest file.</summary>
    public static string For(string relativePath, int ordinal = 0)
    {
        var normalized = relativePath.Replace('\\', '/');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        var fileId = Convert.ToHexStringLower(hash, 0, 8);
        return ordinal == 0 ? fileId : $"{fileId}-{ordinal}";
    }

    /// <summary>True for strings shaped like an id this class makes; anything else is never looked up.</summary>
    public static bool IsWellFormed(string id)
    {
        if (id.Length < 16 || id.Length > 24) return false;
        for (var i = 0; i < 16; i++)
            if (!char.IsAsciiHexDigitLower(id[i])) return false;
        if (id.Length == 16) return true;
        if (id[16] != '-' || id.Length == 17) return false;
        for (var i = 17; i < id.Length; i++)
            if (!char.IsAsciiDigit(id[i])) return false;
        return true;
    }
}
