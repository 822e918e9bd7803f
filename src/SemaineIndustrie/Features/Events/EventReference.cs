using System.Globalization;

namespace SemaineIndustrie.Features.Events;

/// The event segment of public URLs, « 12-journee-portes-ouvertes ». Routes take it whole because
/// ASP.NET Core cannot match `{id:int}-{slug}` when the slug has hyphens of its own (a complex
/// segment splits at its right-most literal) and forbids an optional parameter after a hyphen.
public static class EventReference
{
    public const string Constraint = "regex(^[0-9]+(-|$))";

    public static string Of(int id, string slug) => $"{id}-{slug}";

    public static bool TryParseId(string? value, out int id)
    {
        var dash = value?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        var number = dash < 0 ? value : value![..dash];
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
