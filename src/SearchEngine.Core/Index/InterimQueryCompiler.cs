using System.Text;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Index;

/// <summary>Until the full query language lands: every word is a quoted term over the default fields, all required.</summary>
internal static class InterimQueryCompiler
{
    public static CompiledQuery Compile(string query)
    {
        var words = query.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return new CompiledQuery(null, null, []);
        var columns = string.Join(' ', SearchFields.Defaults.Select(f => f.Name));
        var match = new StringBuilder();
        foreach (var word in words)
        {
            if (match.Length > 0) match.Append(" AND ");
            match.Append('{').Append(columns).Append("} : \"").Append(word.Replace("\"", "\"\"")).Append('"');
        }
        return new CompiledQuery(match.ToString(), null, []);
    }
}
