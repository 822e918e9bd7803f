using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Moderation;

/// How long the committee took, in French working days from the day of submission to the day of
/// decision (both in the region's time zone): 0 when decided the same day, 1 from a Friday to the Monday.
public sealed record ReviewTime(int Decisions, double? Median, double? Percentile90)
{
    public static ReviewTime Of(IEnumerable<int> workingDays)
    {
        var sorted = workingDays.Order().ToList();
        return new ReviewTime(sorted.Count, Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    /// Linear interpolation between the closest ranks, as a spreadsheet's CENTILE (PERCENTILE.INC) computes it.
    private static double? Percentile(List<int> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }
        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}

/// The requests of one region (or of all those in scope). Drafts, submitted, labelled, rejected and
/// sent back count events (submitted = labelled + rejected + sent back + awaiting a first decision);
/// pending, overdue and late count requests, revisions of labelled events included, as the queue does.
public sealed record FunnelLine(string Code, string Label, int Drafts, int Submitted, int Labelled, int Rejected, int ChangesRequested,
    int Pending, int Overdue, int Late, ReviewTime Review);

public sealed record ModeratorLine(string Name, int Labelled, int Rejected, int ChangesRequested, ReviewTime Review);

public sealed record CommitteeFigures(Edition Edition, IReadOnlyList<int> Years, DateOnly Today, FunnelLine Total,
    IReadOnlyList<FunnelLine> Regions, IReadOnlyList<ModeratorLine> Moderators);

/// The committee's figures for one edition, limited in every query's Where to the regions the user
/// moderates (administrators see all): five queries whatever the size of the edition.
public sealed class CommitteeStatistics(AppDbContext db, FrenchGeography geography, TimeProvider clock)
{
    public async Task<CommitteeFigures?> ForAsync(int? year, ClaimsPrincipal user, CancellationToken ct)
    {
        var editions = await db.Editions.AsNoTracking().OrderBy(e => e.Year).ToListAsync(ct);
        var edition = year is null ? editions.LastOrDefault() : editions.FirstOrDefault(e => e.Year == year);
        if (edition is null)
        {
            return null;
        }
        var scope = user.ModeratedRegions();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

        var events = db.Events.AsNoTracking().Where(e => e.EditionId == edition.Id);
        if (scope is not null)
        {
            events = events.Where(e => scope.Contains(e.Place.RegionCode));
        }
        var statuses = await events.GroupBy(e => new { e.Place.RegionCode, e.Status })
            .Select(g => new { g.Key.RegionCode, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var requests = db.LabelRequests.AsNoTracking().VisibleTo(user).Where(r => r.Event!.EditionId == edition.Id);
        var open = await requests.GroupBy(r => new { r.RegionCode, r.Status, Overdue = r.DueOn < today, r.Late })
            .Select(g => new { g.Key.RegionCode, g.Key.Status, g.Key.Overdue, g.Key.Late, Count = g.Count() }).ToListAsync(ct);
        var decided = (await requests.Where(r => r.DecidedAt != null && r.Status != LabelRequestStatus.Withdrawn && r.Status != LabelRequestStatus.Pending)
                .Select(r => new { r.RegionCode, r.Event!.Place.DepartmentCode, r.Status, r.SubmittedAt, DecidedAt = r.DecidedAt!.Value, r.DecidedByUserId })
                .ToListAsync(ct))
            .Select(r => (r.RegionCode, r.Status, r.DecidedByUserId, Days: WorkingDaysTaken(r.RegionCode, r.DepartmentCode, r.SubmittedAt, r.DecidedAt))).ToList();
        var moderatorIds = decided.Where(d => d.DecidedByUserId != null).Select(d => d.DecidedByUserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => moderatorIds.Contains(u.Id)).Select(u => new { u.Id, u.FullName })
            .ToDictionaryAsync(u => u.Id, u => u.FullName, ct);

        FunnelLine Line(string code, string label, Func<string, bool> inRegion)
        {
            int Events(params EventStatus[] wanted) => statuses.Where(s => inRegion(s.RegionCode) && wanted.Contains(s.Status)).Sum(s => s.Count);
            var requestsHere = open.Where(o => inRegion(o.RegionCode)).ToList();
            return new FunnelLine(code, label, Events(EventStatus.Draft),
                Events(EventStatus.Submitted, EventStatus.Labelled, EventStatus.Rejected, EventStatus.ChangesRequested),
                Events(EventStatus.Labelled), Events(EventStatus.Rejected), Events(EventStatus.ChangesRequested),
                requestsHere.Where(o => o.Status == LabelRequestStatus.Pending).Sum(o => o.Count),
                requestsHere.Where(o => o.Status == LabelRequestStatus.Pending && o.Overdue).Sum(o => o.Count),
                requestsHere.Where(o => o.Late).Sum(o => o.Count),
                ReviewTime.Of(decided.Where(d => inRegion(d.RegionCode)).Select(d => d.Days)));
        }

        var regions = geography.Regions.Where(r => scope is null || scope.Contains(r.Code)).OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => Line(r.Code, r.Name, code => code == r.Code)).ToList();
        var moderators = decided.GroupBy(d => d.DecidedByUserId)
            .Select(g => new ModeratorLine(g.Key is { } id ? names.GetValueOrDefault(id) ?? $"Compte n° {id}" : "Non renseigné (données reprises)",
                g.Count(d => d.Status == LabelRequestStatus.Labelled), g.Count(d => d.Status == LabelRequestStatus.Rejected),
                g.Count(d => d.Status == LabelRequestStatus.ChangesRequested), ReviewTime.Of(g.Select(d => d.Days))))
            .OrderByDescending(m => m.Review.Decisions).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        return new CommitteeFigures(edition, editions.Select(e => e.Year).ToList(), today,
            Line("", scope is null ? "Toutes les régions" : "Vos régions", _ => true), regions, moderators);
    }

    /// The department is read from the event, not copied onto the request as the region is (for the
    /// queue's index): only the Alsace-Moselle holidays need it, and it differs from the department
    /// at submission only once a labelled revision has moved the event, which shifts an old request's
    /// count by Good Friday or 26 December at most. Due dates are fixed at submission with the place of then.
    private int WorkingDaysTaken(string regionCode, string departmentCode, DateTime submittedAt, DateTime decidedAt)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(regionCode));
        DateOnly Local(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
        return WorkingDays.For(regionCode, departmentCode).Between(Local(submittedAt), Local(decidedAt));
    }
}
