using System.Text;

namespace SemaineIndustrie.Features.Events;

/// The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11).
public static class CalendarText
{
    private const int MaxOctetsPerLine = 75;

    /// TEXT values escape backslash, semicolon and comma, and write line breaks as \n.
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': builder.Append(@"\n"); break;
                default: builder.Append(value[i]); break;
            }
        }
        return builder.ToString();
    }

    /// Appends a content line ended by CRLF, folded so that no physical line exceeds 75 octets of
    /// UTF-8 (the leading space of a continuation counts), never inside a multi-byte character.
    public static void AppendLine(StringBuilder output, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctetsPerLine)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
