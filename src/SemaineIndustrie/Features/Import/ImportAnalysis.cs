using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Import;

public enum RowVerdict { Valid, Invalid, Duplicate }

/// The dry run of one row: what it would become, what is wrong with it, or what it duplicates.
public sealed record AnalysedRow(int Line, string Title, RowVerdict Verdict, IReadOnlyList<string> Messages, EventSnapshot? Event);

public sealed record ImportAnalysisResult(string Encoding, char Separator, IReadOnlyList<string> FileErrors, IReadOnlyList<AnalysedRow> Rows)
{
    public int Count(RowVerdict verdict) => Rows.Count(r => r.Verdict == verdict);
}

/// Reads a file and judges every row as the import would: same checks as a submission from the
/// form (the four conditions, the deadline, a complete place), plus duplicates.
public sealed class ImportAnalysis(AppDbContext db, FrenchGeography geography, TimeProvider clock)
{
    public const int MaxRows = 20_000;
    private const double DuplicateDistanceKm = 1.0;

    public async Task<ImportAnalysisResult> AnalyseAsync(byte[] content, Edition edition, int organisationId, string organisationName, CancellationToken ct)
    {
        var table = CsvTable.Read(content);
        var reader = new ImportRowReader(await db.Terms.AsNoTracking().ToListAsync(ct), geography, table.Header);
        var fileErrors = new List<string>();
        if (table.Header.Count == 0)
        {
            fileErrors.Add("Le fichier est vide.");
        }
        else if (reader.MissingColumns() is { Count: > 0 } missing)
        {
            fileErrors.Add($"Colonnes obligatoires absentes : {string.Join(", ", missing)}. Partez du modèle à télécharger.");
        }
        else if (table.Rows.Count == 0)
        {
            fileErrors.Add("Le fichier ne contient aucune ligne d'événement sous l'en-tête.");
        }
        else if (table.Rows.Count > MaxRows)
        {
            fileErrors.Add($"Le fichier contient {table.Rows.Count} lignes ; {MaxRows} au plus par import. Découpez-le.");
        }
        if (fileErrors.Count > 0)
        {
            return new ImportAnalysisResult(table.EncodingName, table.Separator, fileErrors, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await ExistingAsync(edition.Id, organisationId, ct);
        var seen = new Dictionary<(string Title, DateOnly Day), List<(double? Lat, double? Lon, string Where)>>();
        var rows = new List<AnalysedRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var candidate = reader.Read(row);
            var title = candidate.Event?.Title ?? (row.Fields.Count > 0 ? row.Fields[0] : "");
            if (!candidate.IsValid)
            {
                rows.Add(new AnalysedRow(row.Line, title, RowVerdict.Invalid, candidate.Errors, null));
                continue;
            }
            var e = candidate.Event!.ToNewEvent(edition.Id, organisationId, EventStatus.Submitted, organisationName, now);
            var failed = LabellingChecks.Run(e, edition, now, geography).Where(c => !c.Passed).Select(c => $"{c.Label} : {c.Message}").ToList();
            if (failed.Count > 0)
            {
                rows.Add(new AnalysedRow(row.Line, title, RowVerdict.Invalid, failed, null));
                continue;
            }
            var key = (TitleKey(e.Title), LocalDay(e));
            var duplicate = Near(existing, key, e) ?? Near(seen, key, e);
            if (!seen.TryGetValue(key, out var list))
            {
                seen[key] = list = [];
            }
            list.Add((e.Place.Latitude, e.Place.Longitude, $"la ligne {row.Line}"));
            rows.Add(duplicate is null
                ? new AnalysedRow(row.Line, title, RowVerdict.Valid, [], candidate.Event)
                : new AnalysedRow(row.Line, title, RowVerdict.Duplicate, [$"Doublon probable de {duplicate} (même titre, même jour, à moins d'1 km)."], candidate.Event));
        }
        return new ImportAnalysisResult(table.EncodingName, table.Separator, [], rows);

        DateOnly LocalDay(Event e) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(e.FirstStartsAt,
            TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.Place.RegionCode))));

        async Task<Dictionary<(string, DateOnly), List<(double?, double?, string)>>> ExistingAsync(int editionId, int orgId, CancellationToken token)
        {
            var events = await db.Events.AsNoTracking()
                .Where(x => x.EditionId == editionId && x.OrganisationId == orgId && x.Status != EventStatus.Draft)
                .Select(x => new { x.Id, x.Title, x.FirstStartsAt, x.Place.RegionCode, x.Place.Latitude, x.Place.Longitude })
                .ToListAsync(token);
            return events
                .GroupBy(x => (TitleKey(x.Title), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(x.FirstStartsAt,
                    TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(x.RegionCode))))))
                .ToDictionary(g => g.Key, g => g.Select(x => (x.Latitude, x.Longitude, $"l'événement n° {x.Id} « {x.Title} »")).ToList());
        }
    }

    /// Accents, case and punctuation do not make two titles different.
    public static string TitleKey(string title) => string.Join(' ', FrenchText.Words(title));

    private static string? Near(Dictionary<(string, DateOnly), List<(double? Lat, double? Lon, string Where)>> places, (string, DateOnly) key, Event e)
    {
        if (!places.TryGetValue(key, out var list))
        {
            return null;
        }
        foreach (var (lat, lon, where) in list)
        {
            var bothOnline = lat is null && e.Place.Latitude is null;
            if (bothOnline || (lat is { } la && lon is { } lo && e.Place.Latitude is { } eLat && e.Place.Longitude is { } eLon
                && Distance.SquaredKm(new GeoPoint(la, lo), eLat, eLon) <= DuplicateDistanceKm * DuplicateDistanceKm))
            {
                return where;
            }
        }
        return null;
    }
}
