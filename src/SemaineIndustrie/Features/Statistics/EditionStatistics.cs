using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Statistics;

public sealed record Count(string Code, string Label, int Events);

public sealed record EditionLine(int Year, int Number, string? Theme, int LabelledInDatabase, int? ReportedLabelled, int? ReportedParticipants);

/// The figures of one edition, counted in the database (the source of truth), never in the
/// in-memory index: the per-region table must reproduce exactly what the database holds.
public sealed record EditionFigures(Edition Edition, int Labelled, IReadOnlyList<Count> Regions, IReadOnlyList<Count> Departments,
    IReadOnlyList<Count> Types, IReadOnlyList<Count> Audiences, IReadOnlyList<Count> Themes, IReadOnlyList<Count> Sectors,
    int SeatsOffered, int SeatsTaken, int ReportedAttendance, IReadOnlyList<EditionLine> Editions);

public sealed class EditionStatistics(AppDbContext db, FrenchGeography geography)
{
    public async Task<EditionFigures?> ForAsync(int? year, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => year == null || e.Year == year).OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
        if (edition is null)
        {
            return null;
        }
        var labelled = db.Events.AsNoTracking().Where(e => e.EditionId == edition.Id && e.Status == EventStatus.Labelled);
        var terms = await db.Terms.AsNoTracking().ToListAsync(ct);
        string Label(TermKind kind, string code) => terms.FirstOrDefault(t => t.Kind == kind && t.Code == code)?.Label ?? code;

        var regions = (await labelled.GroupBy(e => e.Place.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Count);
        var departments = await labelled.GroupBy(e => e.Place.DepartmentCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var types = await labelled.GroupBy(e => e.TypeCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var sectors = await labelled.Where(e => e.SectorCode != null).GroupBy(e => e.SectorCode!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var termCounts = await db.EventTerms.AsNoTracking().Where(t => labelled.Any(e => e.Id == t.EventId))
            .GroupBy(t => new { t.Kind, t.Code }).Select(g => new { g.Key.Kind, g.Key.Code, Count = g.Count() }).ToListAsync(ct);
        var sessions = db.Sessions.AsNoTracking().Where(s => labelled.Any(e => e.Id == s.EventId));
        var seatsOffered = await sessions.SumAsync(s => s.Capacity ?? 0, ct);
        var seatsTaken = await sessions.SumAsync(s => s.SeatsTaken, ct);
        var attendance = await sessions.SumAsync(s => s.ReportedAttendance ?? 0, ct);
        var perEdition = await db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Labelled).GroupBy(e => e.EditionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var editions = (await db.Editions.AsNoTracking().OrderBy(e => e.Year).ToListAsync(ct))
            .Select(e => new EditionLine(e.Year, e.Number, e.Theme, perEdition.FirstOrDefault(p => p.Key == e.Id)?.Count ?? 0, e.ReportedLabelledEvents, e.ReportedParticipants))
            .ToList();

        List<Count> Sorted(IEnumerable<Count> counts) => counts.OrderByDescending(c => c.Events).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
        return new EditionFigures(edition, regions.Values.Sum(),
            geography.Regions.Select(r => new Count(r.Code, r.Name, regions.GetValueOrDefault(r.Code))).OrderByDescending(c => c.Events).ThenBy(c => c.Label).ToList(),
            Sorted(departments.Select(d => new Count(d.Key, $"{d.Key} – {geography.Department(d.Key)?.Name ?? d.Key}", d.Count))),
            Sorted(types.Select(t => new Count(t.Key, Label(TermKind.Type, t.Key), t.Count))),
            Sorted(termCounts.Where(t => t.Kind == TermKind.Audience).Select(t => new Count(t.Code, Label(TermKind.Audience, t.Code), t.Count))),
            Sorted(termCounts.Where(t => t.Kind == TermKind.Theme).Select(t => new Count(t.Code, Label(TermKind.Theme, t.Code), t.Count))),
            Sorted(sectors.Select(s => new Count(s.Key, Label(TermKind.Sector, s.Key), s.Count))),
            seatsOffered, seatsTaken, attendance, editions);
    }
}
