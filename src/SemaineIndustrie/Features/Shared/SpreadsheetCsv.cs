using System.Text;

namespace SemaineIndustrie.Features.Shared;

/// CSV for a French spreadsheet: UTF-8 with BOM (or Excel guesses Windows-1252), `;` between
/// columns (the comma is the decimal separator), CRLF line ends, cells quoted only when they must be.
public static class SpreadsheetCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(';', row.Select(Cell)).Append("\r\n");
        }
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// Quotes a cell when needed, and defuses what a spreadsheet would run as a formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
