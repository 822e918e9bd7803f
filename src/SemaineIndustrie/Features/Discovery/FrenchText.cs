using System.Globalization;
using System.Text;

namespace SemaineIndustrie.Features.Discovery;

/// Folds French text for search: lower case, no accents or ligatures, punctuation as spaces, and a
/// light plural rule (« métallurgies » and « Métallurgie » fold to the same word). The stored form is
/// the words separated by single spaces with a space at each end, so « word starts with » is the same
/// plain <c>LIKE '% term%'</c> in SQLite, PostgreSQL and in memory.
public static class FrenchText
{
    public static string Fold(string? text)
    {
        var words = Words(text);
        return words.Count == 0 ? " " : " " + string.Join(' ', words) + " ";
    }

    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var current = new StringBuilder();
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    continue;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.DecimalDigitNumber:
                    AppendLetter(current, c);
                    break;
                default:
                    Flush(current, words);
                    break;
            }
        }
        Flush(current, words);
        return words;
    }

    private static void AppendLetter(StringBuilder current, char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ': current.Append("oe"); break;
            case 'æ' or 'Æ': current.Append("ae"); break;
            case 'ß': current.Append("ss"); break;
            default: current.Append(char.ToLowerInvariant(c)); break;
        }
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(Singular(current.ToString()));
            current.Clear();
        }
    }

    private static string Singular(string word)
    {
        if (word.Length <= 3 || char.IsDigit(word[^1]))
        {
            return word;
        }
        if (word.EndsWith("aux", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "al";
        }
        return word[^1] is 's' or 'x' ? word[..^1] : word;
    }
}
