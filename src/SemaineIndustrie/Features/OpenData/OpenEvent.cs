using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

/// <summary>Une page d'événements labellisés, dans l'ordre du catalogue (première séance, puis identifiant).</summary>
/// <param name="Total">Nombre d'événements de toute la sélection, toutes pages confondues.</param>
/// <param name="Items">Les événements de cette page.</param>
/// <param name="Next">Adresse de la page suivante (paramètre cursor déjà renseigné), ou null sur la dernière page.</param>
public sealed record EventsPage(int Total, IReadOnlyList<OpenEvent> Items, string? Next);

/// <summary>Un événement labellisé de la Semaine de l'industrie.</summary>
/// <param name="Id">Identifiant stable de l'événement.</param>
/// <param name="Edition">Année de l'édition.</param>
/// <param name="Title">Titre.</param>
/// <param name="Summary">Résumé en texte brut.</param>
/// <param name="Url">Page de l'événement sur la plateforme.</param>
/// <param name="Organisation">Nom de l'organisateur.</param>
/// <param name="Type">Code du type d'événement (liste de l'édition).</param>
/// <param name="TypeLabel">Libellé du type d'événement.</param>
/// <param name="Format">sur-place, en-ligne ou mixte.</param>
/// <param name="Status">programme, annule, reporte, complet ou nouvelles-dates.</param>
/// <param name="Region">Code INSEE de la région.</param>
/// <param name="Department">Code INSEE du département.</param>
/// <param name="CommuneCode">Code INSEE de la commune, pour un événement sur place.</param>
/// <param name="Commune">Nom de la commune.</param>
/// <param name="PostalCode">Code postal.</param>
/// <param name="Latitude">Latitude WGS 84 en degrés décimaux.</param>
/// <param name="Longitude">Longitude WGS 84 en degrés décimaux.</param>
/// <param name="Audiences">Codes des publics visés.</param>
/// <param name="Themes">Codes des thématiques.</param>
/// <param name="Sector">Code de la filière industrielle, s'il y en a une.</param>
/// <param name="Accessibility">Handicaps pris en compte : moteur, auditif, visuel, cognitif, psychique.</param>
/// <param name="StartsAt">Début de la première séance (UTC, ISO 8601).</param>
/// <param name="EndsAt">Fin de la dernière séance (UTC, ISO 8601).</param>
/// <param name="Sessions">Les séances, dans l'ordre chronologique.</param>
public sealed record OpenEvent(int Id, int Edition, string Title, string Summary, string Url, string Organisation, string Type,
    string TypeLabel, string Format, string Status, string Region, string Department, string? CommuneCode, string? Commune,
    string? PostalCode, double? Latitude, double? Longitude, IReadOnlyList<string> Audiences, IReadOnlyList<string> Themes,
    string? Sector, IReadOnlyList<string> Accessibility, DateTime StartsAt, DateTime EndsAt, IReadOnlyList<OpenSession> Sessions)
{
    internal static OpenEvent From(IndexedEvent e, CatalogueSnapshot catalogue, string origin) => new(
        e.Id, catalogue.Edition(e.EditionId)?.Year ?? 0, e.Title, e.Summary, origin + EventUrls.Page(e.Id, e.Slug), e.OrganisationName,
        catalogue.Types.Items[e.Type].Code, catalogue.Types.Items[e.Type].Label, SearchParameters.FormatCodes[e.Format],
        OpenCodes.Status(e.PublicStatus), e.RegionCode, e.DepartmentCode, e.CommuneCode, e.CommuneName, e.PostalCode, e.Latitude, e.Longitude,
        OpenCodes.Terms(e.Audiences, catalogue.Audiences), OpenCodes.Terms(e.Themes, catalogue.Themes),
        e.Sector >= 0 ? catalogue.Sectors.Items[e.Sector].Code : null, OpenCodes.Accessibility(e.Accessibility),
        e.FirstStartsAt, e.LastEndsAt, e.Sessions.Select(s => new OpenSession(s.Start, s.End)).ToList());
}

/// <summary>Une séance d'un événement.</summary>
/// <param name="StartsAt">Début (UTC, ISO 8601).</param>
/// <param name="EndsAt">Fin (UTC, ISO 8601).</param>
public sealed record OpenSession(DateTime StartsAt, DateTime EndsAt);
