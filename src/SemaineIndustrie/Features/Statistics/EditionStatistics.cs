using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Statistics;

public sealed record Count(string Code, string Label, int Events);

/// Seats and people of an edition's labelled events, as the platform knows them.
public sealed record Participants(int SeatsOffered, int Registered, int Reported);

/// One edition in the comparison over the years: the platform's own figures and those published at the time.
public sealed record EditionLine(int Year, int Number, string? Theme, int LabelledOnPlatform, Participants OnPlatform,
    int? ReportedLabelled, int? ReportedParticipants)
{
    /// The figure the chart draws (<see cref="Edition.LabelledFigure"/>).
    public int Labelled => Edition.LabelledFigure(ReportedLabelled, LabelledOnPlatform) ?? 0;

    public bool FromPublishedFigures => ReportedLabelled is not null;
}

/// The figures of one edition, counted in the database (the source of truth), never in the
/// in-memory index: the per-region table must reproduce exactly what the database holds.
public sealed record EditionFigures(Edition Edition, int Labelled, IReadOnlyList<Count> Regions, IReadOnlyList<Count> Departments,
    IReadOnlyList<Count> Types, IReadOnlyList<Count> Audiences, IReadOnlyList<Count> Themes, IReadOnlyList<Count> Sectors,
    Participants Participants, IReadOnlyList<EditionLine> Editions);

/// The editions, the lists' labels and the catalogue version are read at each render; the counts
/// (labelled events per place, per type and sector, per audience and theme of the edition, then
/// labelled events and seats per edition, each one grouped query) are kept per catalogue version.
/// Seats registered and attendance change without moving the version: they are at most
/// <see cref="SeatsMaxAge"/> old, as the anonymous pages are in the output cache.
public sealed class EditionStatistics(AppDbContext db, FrenchGeography geography, StatisticsCache cache)
{
    public static readonly TimeSpan SeatsMaxAge = TimeSpan.FromSeconds(30);

    private sealed record EditionCounts(IReadOnlyList<(string RegionCode, string DepartmentCode, int Count)> Places,
        IReadOnlyList<(string TypeCode, string? SectorCode, int Count)> Kinds, IReadOnlyList<(TermKind Kind, string Code, int Count)> Terms);

    private sealed record History(Dictionary<int, int> Labelled, Dictionary<int, Participants> Seats);

    public async Task<EditionFigures?> ForAsync(int? year, CancellationToken ct)
    {
        var version = await db.CatalogueVersionAsync(ct);
        var editions = await db.Editions.AsNoTracking().OrderBy(e => e.Year).ToListAsync(ct);
        var edition = year is null ? editions.LastOrDefault() : editions.FirstOrDefault(e => e.Year == year);
        if (edition is null)
        {
            return null;
        }
        var terms = (await db.Terms.AsNoTracking().Select(t => new { t.Kind, t.Code, t.Label }).ToListAsync(ct))
            .ToDictionary(t => (t.Kind, t.Code), t => t.Label);
        string Label(TermKind kind, string code) => terms.GetValueOrDefault((kind, code)) ?? code;

        var counts = await cache.GetAsync(version, $"edition:{edition.Id}", TimeSpan.MaxValue, () => CountAsync(edition.Id, ct));
        var history = await cache.GetAsync(version, "history", SeatsMaxAge, () => HistoryAsync(ct));
        var (places, kinds) = (counts.Places, counts.Kinds);
        var none = new Participants(0, 0, 0);

        var regions = places.GroupBy(p => p.RegionCode).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        return new EditionFigures(edition, places.Sum(p => p.Count),
            Sorted(geography.Regions.Select(r => new Count(r.Code, r.Name, regions.GetValueOrDefault(r.Code)))),
            Sorted(places.GroupBy(p => p.DepartmentCode)
                .Select(g => new Count(g.Key, $"{g.Key} – {geography.Department(g.Key)?.Name ?? g.Key}", g.Sum(p => p.Count)))),
            Sorted(kinds.GroupBy(k => k.TypeCode).Select(g => new Count(g.Key, Label(TermKind.Type, g.Key), g.Sum(k => k.Count)))),
            Sorted(counts.Terms.Where(t => t.Kind == TermKind.Audience).Select(t => new Count(t.Code, Label(TermKind.Audience, t.Code), t.Count))),
            Sorted(counts.Terms.Where(t => t.Kind == TermKind.Theme).Select(t => new Count(t.Code, Label(TermKind.Theme, t.Code), t.Count))),
            Sorted(kinds.Where(k => k.SectorCode != null).GroupBy(k => k.SectorCode!)
                .Select(g => new Count(g.Key, Label(TermKind.Sector, g.Key), g.Sum(k => k.Count)))),
            history.Seats.GetValueOrDefault(edition.Id) ?? none,
            editions.Select(e => new EditionLine(e.Year, e.Number, e.Theme, history.Labelled.GetValueOrDefault(e.Id), history.Seats.GetValueOrDefault(e.Id) ?? none,
                e.ReportedLabelledEvents, e.ReportedParticipants)).ToList());
    }

    private async Task<EditionCounts> CountAsync(int editionId, CancellationToken ct)
    {
        var labelled = db.Events.AsNoTracking().Where(e => e.EditionId == editionId && e.Status == EventStatus.Labelled);
        var places = await labelled.GroupBy(e => new { e.Place.RegionCode, e.Place.DepartmentCode })
            .Select(g => new { g.Key.RegionCode, g.Key.DepartmentCode, Count = g.Count() }).ToListAsync(ct);
        var kinds = await labelled.GroupBy(e => new { e.TypeCode, e.SectorCode })
            .Select(g => new { g.Key.TypeCode, g.Key.SectorCode, Count = g.Count() }).ToListAsync(ct);
        var termCounts = await (from t in db.EventTerms.AsNoTracking()
                                join e in labelled on t.EventId equals e.Id
                                group t by new { t.Kind, t.Code } into g
                                select new { g.Key.Kind, g.Key.Code, Count = g.Count() }).ToListAsync(ct);
        return new EditionCounts(places.Select(p => (p.RegionCode, p.DepartmentCode, p.Count)).ToList(),
            kinds.Select(k => (k.TypeCode, k.SectorCode, k.Count)).ToList(), termCounts.Select(t => (t.Kind, t.Code, t.Count)).ToList());
    }

    private async Task<History> HistoryAsync(CancellationToken ct)
    {
        var perEdition = await db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Labelled).GroupBy(e => e.EditionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var seats = await (from s in db.Sessions.AsNoTracking()
                           join e in db.Events.AsNoTracking() on s.EventId equals e.Id
                           where e.Status == EventStatus.Labelled
                           group s by e.EditionId into g
                           select new
                           {
                               g.Key,
                               Offered = g.Sum(s => s.Capacity ?? 0),
                               Registered = g.Sum(s => s.SeatsTaken),
                               Reported = g.Sum(s => s.ReportedAttendance ?? 0),
                           }).ToDictionaryAsync(g => g.Key, g => new Participants(g.Offered, g.Registered, g.Reported), ct);
        return new History(perEdition, seats);
    }

    private static List<Count> Sorted(IEnumerable<Count> counts) =>
        counts.OrderByDescending(c => c.Events).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
}
