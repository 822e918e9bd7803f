using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Registrations;

/// Seats are taken and given back by conditional updates that the database applies atomically: a
/// seat is never sold twice, whatever the number of instances, and the CHECK constraint on
/// `sessions` refuses any write that would exceed the capacity. Call these inside a transaction.
public static class Seats
{
    public static async Task<bool> TryTakeAsync(AppDbContext db, int sessionId, int count, CancellationToken ct) =>
        await db.Sessions
            .Where(s => s.Id == sessionId && !s.RegistrationClosed && s.Capacity != null && s.SeatsTaken + count <= s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken + count), ct) == 1;

    public static Task ReleaseAsync(AppDbContext db, int sessionId, int count, CancellationToken ct) =>
        db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken - count), ct);

    /// Gives freed seats to the waiting list, first come first served; a group too large for what is
    /// free is skipped in favour of the next entry that fits. Returns the registrations promoted.
    public static async Task<IReadOnlyList<int>> PromoteAsync(AppDbContext db, int sessionId, DateTime now, CancellationToken ct)
    {
        var waiting = await db.Registrations.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Participants }).ToListAsync(ct);
        var promoted = new List<int>();
        foreach (var entry in waiting)
        {
            if (!await TryTakeAsync(db, sessionId, entry.Participants, ct))
            {
                continue;
            }
            var moved = await db.Registrations.Where(r => r.Id == entry.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed)
                    .SetProperty(r => r.PromotedAt, now).SetProperty(r => r.UpdatedAt, now), ct);
            if (moved == 1)
            {
                promoted.Add(entry.Id);
            }
            else
            {
                // Someone else moved this entry meanwhile (cancelled it): its seats go back.
                await ReleaseAsync(db, sessionId, entry.Participants, ct);
            }
        }
        return promoted;
    }
}
