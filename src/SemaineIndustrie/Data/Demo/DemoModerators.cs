using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Data.Demo;

/// The demonstration committee beyond the first moderator: moderators for the regions with the most
/// events (and La Réunion, whose calendar has its own public holiday), and the attribution of the
/// demonstration's decisions to them once their accounts exist, since Identity creates accounts
/// after the programme is written.
public static class DemoModerators
{
    private static readonly (string Mailbox, string Name, string Region)[] Regional =
    [
        ("moderation.ara2", "Chloé Berthier", "84"),
        ("moderation.occitanie", "Paul Delmas", "76"),
        ("moderation.grand-est", "Léa Schmitt", "44"),
        ("moderation.hauts-de-france", "Hugo Lefebvre", "32"),
        ("moderation.reunion", "Kévin Payet", "04"),
    ];

    public static async Task AddAsync(UserManager<AppUser> users, AppDbContext db, string password)
    {
        foreach (var (mailbox, name, region) in Regional)
        {
            var email = $"{mailbox}@{AccountSeeding.DemoDomain}";
            await AccountSeeding.CreateAsync(users, email, name, password, Roles.Moderator);
            var moderator = await users.FindByEmailAsync(email);
            db.ModeratorRegions.Add(new ModeratorRegion { UserId = moderator!.Id, RegionCode = region });
        }
    }

    /// Gives every decision signed by the committee to a moderator of its region (the same one for
    /// both decisions of an event sent back then labelled), or where the region has none to an
    /// administrator, the demonstration's first. Without any account the committee keeps them.
    public static async Task AttributeDecisionsAsync(AppDbContext db, CancellationToken ct)
    {
        var decided = await db.LabelRequests.AsNoTracking().Where(r => r.DecidedAt != null && r.DecidedByUserId == null)
            .Select(r => new { r.EventId, r.RegionCode }).Distinct().ToListAsync(ct);
        var moderators = (await db.ModeratorRegions.AsNoTracking()
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.RegionCode, u.Id, u.FullName }).ToListAsync(ct))
            .GroupBy(m => m.RegionCode).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Id).Select(m => (m.Id, m.FullName)).ToArray());
        var administrator = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator)))
            .OrderBy(u => u.Email!.EndsWith("@" + AccountSeeding.DemoDomain) ? 0 : 1).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        var byDecider = decided
            .Select(d => (d.EventId, Decider: moderators.TryGetValue(d.RegionCode, out var here) ? here[d.EventId % here.Length]
                : administrator is null ? ((int Id, string FullName)?)null : (administrator.Id, administrator.FullName)))
            .Where(d => d.Decider is not null)
            .GroupBy(d => d.Decider!.Value, d => d.EventId);
        foreach (var group in byDecider)
        {
            var (id, name) = group.Key;
            var events = group.ToList();
            await db.LabelRequests.Where(r => events.Contains(r.EventId) && r.DecidedAt != null && r.DecidedByUserId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DecidedByUserId, id), ct);
            await db.EventHistory.Where(h => events.Contains(h.EventId) && h.UserId == null && h.Actor == DemoCommittee.Committee)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.UserId, id).SetProperty(h => h.Actor, name), ct);
        }
    }
}
