using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Site;

public sealed record ReportedParticipants(int Year, int Participants);

/// The key figures of the home page. Events and regions come from the in-memory catalogue (the
/// figures the search shows); seats taken and published participants from the database, read
/// once per cached copy of the page.
public sealed record HomeFigures(int LabelledEvents, int Regions, int SeatsTaken, ReportedParticipants? LatestReported)
{
    public static async Task<HomeFigures> ForAsync(AppDbContext db, CatalogueSnapshot snapshot, Edition current, CancellationToken ct)
    {
        var events = snapshot.EventsOf(current.Id);
        var regions = events.Select(e => e.RegionCode).Distinct(StringComparer.Ordinal).Count();
        var labelled = db.Events.Labelled().Where(e => e.EditionId == current.Id);
        var seats = await db.Sessions.AsNoTracking().Where(s => labelled.Any(e => e.Id == s.EventId)).SumAsync(s => s.SeatsTaken, ct);
        var reported = await db.Editions.AsNoTracking()
            .Where(e => e.Year < current.Year && e.ReportedParticipants != null)
            .OrderByDescending(e => e.Year)
            .Select(e => new ReportedParticipants(e.Year, e.ReportedParticipants!.Value))
            .FirstOrDefaultAsync(ct);
        return new HomeFigures(events.Length, regions, seats, reported);
    }
}

/// The seats figure adds up every session of the edition (some milliseconds for a full one) and
/// moves with each registration: it is re-read at most once a minute, so the home page rendered for
/// each signed-in visitor (never output-cached) costs no more than its HTML.
public sealed class RecentHomeFigures(TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private Entry? _last;

    private sealed record Entry(long Version, int EditionId, DateTimeOffset ReadAt, HomeFigures Figures);

    public async Task<HomeFigures> GetAsync(AppDbContext db, CatalogueSnapshot snapshot, Edition current, CancellationToken ct)
    {
        if (Volatile.Read(ref _last) is { } last && last.Version == snapshot.Version && last.EditionId == current.Id
            && clock.GetUtcNow() - last.ReadAt is var age && age >= TimeSpan.Zero && age < MaxAge)
        {
            return last.Figures;
        }
        var figures = await HomeFigures.ForAsync(db, snapshot, current, ct);
        Volatile.Write(ref _last, new Entry(snapshot.Version, current.Id, clock.GetUtcNow(), figures));
        return figures;
    }
}
