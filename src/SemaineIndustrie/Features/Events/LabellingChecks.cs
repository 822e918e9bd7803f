using System.Text.Json;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Events;

/// The automatic checks run when an organiser submits: conditions 1 (dates), 2 (audience) and 4
/// (free) of the label, the declared purpose (condition 3, judged by the moderator), the deadline
/// and a complete place. Submission is refused while one fails; the moderator sees the same list.
public static class LabellingChecks
{
    public static IReadOnlyList<CheckResult> Run(Event e, Edition edition, DateTime nowUtc, FrenchGeography geography)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.Place.RegionCode));
        DateOnly Local(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
        return
        [
            Dates(e, edition, Local),
            new("public", "Ouvert aux publics cibles", e.Terms.Any(t => t.Kind == TermKind.Audience),
                e.Terms.Any(t => t.Kind == TermKind.Audience) ? "Au moins un public cible est choisi." : "Choisissez au moins un public cible."),
            new("objet", "Objet : faire découvrir l'industrie et ses métiers", e.PurposeDeclared,
                e.PurposeDeclared ? "L'objet est déclaré ; le comité de validation l'appréciera." : "Déclarez que l'événement a pour objet de faire découvrir l'industrie et ses métiers."),
            new("gratuit", "Gratuit pour le public", e.DeclaredFree,
                e.DeclaredFree ? "L'événement est déclaré gratuit." : "Seuls les événements gratuits pour le public peuvent être labellisés."),
            Deadline(edition, Local(nowUtc)),
            Place(e),
        ];
    }

    public static bool AllPassed(IEnumerable<CheckResult> checks) => checks.All(c => c.Passed);

    public static string ToJson(IReadOnlyList<CheckResult> checks) => JsonSerializer.Serialize(checks);

    public static IReadOnlyList<CheckResult> FromJson(string json) => JsonSerializer.Deserialize<List<CheckResult>>(json) ?? [];

    private static CheckResult Dates(Event e, Edition edition, Func<DateTime, DateOnly> local)
    {
        const string label = "Dates dans la période de l'édition";
        var window = $"du {FrenchDate(edition.EligibleFrom)} au {FrenchDate(edition.EligibleUntil)}";
        if (e.Sessions.Count == 0)
        {
            return new("dates", label, false, "Ajoutez au moins un créneau.");
        }
        var outside = e.Sessions
            .Where(s => local(s.StartsAt) < edition.EligibleFrom || local(s.EndsAt) > edition.EligibleUntil)
            .Select(s => FrenchDate(local(s.StartsAt)))
            .ToList();
        return outside.Count == 0
            ? new("dates", label, true, $"Tous les créneaux ont lieu {window}.")
            : new("dates", label, false, $"Les créneaux doivent avoir lieu {window} ; hors période : {string.Join(", ", outside)}.");
    }

    private static CheckResult Deadline(Edition edition, DateOnly today)
    {
        const string label = "Demande dans les délais";
        if (edition.LabellingOpensOn is { } opens && today < opens)
        {
            return new("delai", label, false, $"Les demandes de label ouvrent le {FrenchDate(opens)}.");
        }
        if (edition.LabellingDeadline is { } deadline && today > deadline)
        {
            return new("delai", label, false,
                $"La date limite de demande de label était le {FrenchDate(deadline)}. Les demandes tardives passent par un administrateur national : écrivez-lui depuis la page Contact.");
        }
        return new("delai", label, true, edition.LabellingDeadline is { } d ? $"Date limite : {FrenchDate(d)}." : "Pas de date limite.");
    }

    private static CheckResult Place(Event e)
    {
        const string label = "Lieu complet";
        var missing = new List<string>();
        if (e.Format != EventFormat.Online)
        {
            if (string.IsNullOrWhiteSpace(e.Place.AddressLine))
            {
                missing.Add("l'adresse");
            }
            if (string.IsNullOrWhiteSpace(e.Place.CommuneCode))
            {
                missing.Add("la commune");
            }
            if (e.Place.Latitude is null || e.Place.Longitude is null)
            {
                missing.Add("la position sur la carte");
            }
        }
        if (e.Format != EventFormat.OnSite && string.IsNullOrWhiteSpace(e.OnlineUrl))
        {
            missing.Add("le lien de participation en ligne");
        }
        return missing.Count == 0
            ? new("lieu", label, true, e.Format == EventFormat.Online ? "Le lien en ligne est renseigné." : "L'adresse et la position sont renseignées.")
            : new("lieu", label, false, $"Complétez {string.Join(", ", missing)}.");
    }

    private static string FrenchDate(DateOnly day) => Shared.FrenchFormat.Date(day);
}
