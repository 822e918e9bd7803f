namespace SemaineIndustrie.Features.Shared;

/// User-written text is plain text, never HTML: views encode it and rebuild only the paragraphs
/// (blank lines) and line breaks the author typed.
public static class PlainText
{
    public static IReadOnlyList<string[]> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var paragraphs = new List<string[]>();
        var current = new List<string>();
        foreach (var line in lines.Select(l => l.Trim()).Append(""))
        {
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                paragraphs.Add([.. current]);
                current.Clear();
            }
        }
        return paragraphs;
    }
}
