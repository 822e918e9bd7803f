using System.Text;

namespace SemaineIndustrie.Features.Import;

/// A CSV file as people really send it: UTF-8 with or without BOM, or Windows-1252 (Excel's
/// « CSV (séparateur : point-virgule) » on a French Windows), separated by `;` or `,`, with quoted
/// fields that may hold separators, quotes ("") and line breaks.
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, string EncodingName, char Separator)
{
    static CsvTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static CsvTable Read(byte[] bytes)
    {
        var (text, encoding) = Decode(bytes);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length));
        var separator = firstLine.Count(';') >= firstLine.Count(',') ? ';' : ',';
        var records = Parse(text, separator);
        if (records.Count == 0)
        {
            return new CsvTable([], [], encoding, separator);
        }
        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = records.Skip(1).Where(r => r.Fields.Any(f => f.Length > 0)).ToList();
        return new CsvTable(header, rows, encoding, separator);
    }

    private static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "UTF-8 (avec BOM)");
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }
    }

    /// RFC 4180, tolerant of bare LF line ends. Each record remembers the line it starts on.
    private static List<CsvRow> Parse(string text, char separator)
    {
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new CsvRow(recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRow(recordLine, fields));
        }
        return records;
    }
}

/// One record of the file and the line of the file it starts on (what the report names).
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
