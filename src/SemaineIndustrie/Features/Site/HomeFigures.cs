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
