using System.Globalization;
using System.Text;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

public sealed record CsvColumn(string Name, string Description);

/// One row per session (RFC 4180: comma, double quotes, CRLF; UTF-8 without BOM), the shape
/// data.gouv.fr validates. The columns are documented on /donnees-ouvertes from <see cref="Columns"/>.
public static class CsvFeed
{
    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new("seance_id", "Identifiant stable de la séance"),
        new("evenement_id", "Identifiant stable de l'événement (plusieurs lignes pour un événement à plusieurs séances)"),
        new("edition", "Année de l'édition"),
        new("titre", "Titre de l'événement"),
        new("resume", "Résumé en texte brut"),
        new("url", "Page de l'événement sur la plateforme"),
        new("organisateur", "Nom de l'organisateur"),
        new("type", "Code du type d'événement"),
        new("type_libelle", "Libellé du type d'événement"),
        new("format", "sur-place, en-ligne ou mixte"),
        new("statut", "programme, annule, reporte, complet ou nouvelles-dates"),
        new("debut", "Début de la séance, UTC, ISO 8601 (2026-11-18T08:00:00Z)"),
        new("fin", "Fin de la séance, UTC, ISO 8601"),
        new("adresse", "Adresse (événement sur place)"),
        new("code_postal", "Code postal"),
        new("commune", "Nom de la commune"),
        new("code_commune", "Code INSEE de la commune"),
        new("departement", "Code INSEE du département"),
        new("region", "Code INSEE de la région"),
        new("latitude", "Latitude WGS 84, degrés décimaux"),
        new("longitude", "Longitude WGS 84, degrés décimaux"),
        new("publics", "Codes des publics visés, séparés par « | »"),
        new("thematiques", "Codes des thématiques, séparés par « | »"),
        new("filiere", "Code de la filière industrielle"),
        new("accessibilite", "Handicaps pris en compte, séparés par « | »"),
        new("inscription", "plateforme, externe ou aucune"),
        new("lien_en_ligne", "Adresse de l'événement en ligne"),
        new("labellise_le", "Date de labellisation, UTC, ISO 8601"),
    ];

    public static byte[] Write(OpenSelection selection, IReadOnlyList<ExportEvent> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(c => c.Name)).Append("\r\n");
        var indexed = selection.Events.ToDictionary(e => e.Id);
        var catalogue = selection.Catalogue;
        foreach (var r in rows)
        {
            var e = indexed[r.Id];
            var type = catalogue.Types.Items[e.Type];
            foreach (var s in r.Sessions)
            {
                string[] cells =
                [
                    Integer(s.Id), Integer(e.Id), Integer(catalogue.Edition(e.EditionId)?.Year ?? 0), Text(r.Title), Text(r.Summary),
                    selection.Origin + EventUrls.Page(e.Id, e.Slug), Text(r.Organisation), type.Code, type.Label, SearchParameters.FormatCodes[e.Format],
                    OpenCodes.Status(r.Status), Instant(s.StartsAt), Instant(s.EndsAt), Text(r.AddressLine ?? ""), e.PostalCode ?? "",
                    e.CommuneName ?? "", e.CommuneCode ?? "", e.DepartmentCode, e.RegionCode,
                    Number(e.Latitude), Number(e.Longitude),
                    string.Join('|', OpenCodes.Terms(e.Audiences, catalogue.Audiences)), string.Join('|', OpenCodes.Terms(e.Themes, catalogue.Themes)),
                    e.Sector >= 0 ? catalogue.Sectors.Items[e.Sector].Code : "", string.Join('|', OpenCodes.Accessibility(e.Accessibility)),
                    Registration(r.Registration), r.OnlineUrl ?? "", r.LabelledAt is { } labelled ? Instant(labelled) : "",
                ];
                csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
            }
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Registration(RegistrationMode mode) => mode switch
    {
        RegistrationMode.Platform => "plateforme",
        RegistrationMode.External => "externe",
        _ => "aucune",
    };

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Instant(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// Organisers' free text only: a leading = + - @ would run as a formula once the file is opened
    /// in a spreadsheet, so it gets an apostrophe, as spreadsheets themselves do.
    private static string Text(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
