using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Editions;

namespace SemaineIndustrie.Features.Events.Manage;

/// « Mes événements »: the organisation's events of the current edition by where they stand, and
/// its past events, each of which can be duplicated into the current edition.
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Line(int Id, string Title, EventStatus Status, PublicStatus PublicStatus, DateTime FirstStartsAt, int Year,
        DateOnly? DueOn, string? Message);

    public EditionSummary? Edition { get; private set; }
    public IReadOnlyList<Line> Current { get; private set; } = [];
    public IReadOnlyList<Line> Past { get; private set; } = [];
    public string OrganisationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Accounts.AccountPrincipal.OrganisationId(User) is null)
        {
            return Redirect("/organisateur/structure");
        }
        Edition = await db.CurrentAsync(ct);
        OrganisationName = await db.Organisations.AsNoTracking().Where(o => o.Id == Accounts.AccountPrincipal.OrganisationId(User))
            .Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var lines = await db.Events.OwnedBy(User).AsNoTracking()
            .OrderBy(e => e.FirstStartsAt)
            .Select(e => new Line(e.Id, e.Title, e.Status, e.PublicStatus, e.FirstStartsAt, e.Edition!.Year,
                db.LabelRequests.Where(r => r.EventId == e.Id && r.Status == LabelRequestStatus.Pending).Select(r => (DateOnly?)r.DueOn).FirstOrDefault(),
                db.LabelRequests.Where(r => r.EventId == e.Id && r.Message != null).OrderByDescending(r => r.DecidedAt).Select(r => r.Message).FirstOrDefault()))
            .ToListAsync(ct);
        Current = lines.Where(l => l.Year == Edition?.Year).ToList();
        Past = lines.Where(l => l.Year != Edition?.Year).OrderByDescending(l => l.Year).ThenBy(l => l.Title).ToList();
        return Page();
    }

    /// « Dupliquer »: a new draft of the current edition with the same description, place and lists;
    /// sessions move by whole weeks from the past edition's official week to the current one.
    public async Task<IActionResult> OnPostDuplicateAsync(int id, CancellationToken ct)
    {
        var source = await db.Events.OwnedBy(User).AsNoTracking().Include(e => e.Sessions).Include(e => e.Terms).Include(e => e.Edition)
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        var edition = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
        if (source is null || edition is null)
        {
            return NotFound();
        }
        var weeks = (int)Math.Round((edition.StartsOn.DayNumber - source.Edition!.StartsOn.DayNumber) / 7.0);
        var snapshot = EventSnapshot.From(source) with
        {
            Sessions = source.Sessions.Select(s => new SessionSnapshot(null, s.StartsAt.AddDays(weeks * 7), s.EndsAt.AddDays(weeks * 7), s.Capacity)).ToList(),
        };
        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == source.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var copy = snapshot.ToNewEvent(edition.Id, source.OrganisationId, EventStatus.Draft, organisation, now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Events.Add(copy);
        await db.SaveChangesAsync(ct);
        db.EventHistory.Add(EventHistoryEntry.Of(copy.Id, User, now, "created", $"Brouillon créé en dupliquant l'événement de {source.Edition.Year} « {source.Title} »."));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return RedirectToPage("Edit", new { id = copy.Id });
    }
}
