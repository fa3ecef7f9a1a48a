using System.Text;

namespace SearchEngine.Core.Ingest;

/// <summary>Splits tab- or comma-separated text into rows of cells; double quotes may wrap a cell (RFC 4180).</summary>
internal static class DelimitedText
{
    public static List<string[]> Parse(string text, char delimiter)
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == delimiter) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRow();
            }
            else cell.Append(c);
        }
        EndRow();
        return rows;

        void EndRow()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (cells.Count > 1 || cells[0].Length > 0) rows.Add([.. cells]);
            cells.Clear();
        }
    }
}
