using P = SemaineIndustrie.Features.Discovery.SearchParameters;

namespace SemaineIndustrie.Features.OpenData;

/// <summary>A query parameter of the open data, as the OpenAPI document and the documentation page describe it.</summary>
public sealed record OpenDataParameter(string Name, string Description, string Example, bool Repeatable = false);

/// The filters are those of the search page (same names, same values): a visitor's search URL is an
/// API URL once its path is changed.
public static class OpenDataParameters
{
    public static readonly IReadOnlyList<OpenDataParameter> Filters =
    [
        new(P.Text, "Mots recherchés dans le titre, le résumé, l'organisateur et la commune (accents, casse et pluriels ignorés).", "usine"),
        new(P.Edition, "Année de l'édition ; l'édition en cours par défaut. Les éditions passées restent publiées.", "2025"),
        new(P.Region, "Code INSEE de région.", "84", Repeatable: true),
        new(P.Department, "Code INSEE de département.", "69", Repeatable: true),
        new(P.Commune, "Code INSEE de commune.", "69123"),
        new(P.PostalCode, "Code postal (5 chiffres).", "69007"),
        new(P.Latitude, "Latitude du point de départ d'une recherche par distance (avec lon).", "45.764"),
        new(P.Longitude, "Longitude du point de départ d'une recherche par distance (avec lat).", "4.8357"),
        new(P.Radius, "Rayon en kilomètres autour de lat/lon (20 par défaut, 300 au plus).", "30"),
        new(P.LatMin, "Zone rectangulaire : latitude minimale (avec lat_max, lon_min, lon_max).", "45.5"),
        new(P.LatMax, "Zone rectangulaire : latitude maximale.", "46"),
        new(P.LonMin, "Zone rectangulaire : longitude minimale.", "4.5"),
        new(P.LonMax, "Zone rectangulaire : longitude maximale.", "5.2"),
        new(P.From, "Première date (AAAA-MM-JJ, heure de Paris) : événements ayant une séance ce jour ou après.", "2026-11-18"),
        new(P.To, "Dernière date (AAAA-MM-JJ, heure de Paris).", "2026-11-20"),
        new(P.Type, "Code de type d'événement.", "visite-entreprise", Repeatable: true),
        new(P.Audience, "Code de public visé.", "college", Repeatable: true),
        new(P.Theme, "Code de thématique.", "numerique", Repeatable: true),
        new(P.Sector, "Code de filière industrielle.", "aeronautique", Repeatable: true),
        new(P.Format, "sur-place, en-ligne ou mixte.", "sur-place", Repeatable: true),
        new(P.Accessibility, "Handicap pris en compte : moteur, auditif, visuel, cognitif, psychique (tous ceux demandés).", "moteur", Repeatable: true),
        new(P.Seats, "1 : seulement les événements où il reste des places.", "1"),
    ];

    public static readonly IReadOnlyList<OpenDataParameter> Paging =
    [
        new(OpenDataQuery.CursorParameter, "Curseur opaque de la page suivante, tel que donné par « next ». Absent : première page.", ""),
        new(OpenDataQuery.LimitParameter, $"Nombre d'événements par page, de 1 à {OpenDataQuery.MaxLimit} ({OpenDataQuery.DefaultLimit} par défaut).", "100"),
    ];
}
