using System.Globalization;
using System.Text;

namespace SemaineIndustrie.Features.Events;

/// French slugs for URLs: « Journée portes ouvertes à l'usine » → journee-portes-ouvertes-a-l-usine.
public static class Slugs
{
    public static string From(string text, int maxLength = 80)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is 'œ' or 'Œ')
            {
                builder.Append("oe");
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? "evenement" : slug;
    }
}
