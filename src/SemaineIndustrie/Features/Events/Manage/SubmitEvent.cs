using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Events.Manage;

public enum SubmitOutcome { Submitted, ChecksFailed, AlreadySubmitted, NotFound }

/// Sends a draft (or a request sent back for changes) to the committee: the automatic checks must
/// all pass; the request's due date counts the edition's review delay in French working days. The
/// status change is conditional and the database allows one pending request per event, so a double
/// click creates one request.
public sealed class SubmitEvent(AppDbContext db, FrenchGeography geography, TimeProvider clock, IMailSender mail, IOptions<MailOptions> mailOptions)
{
    public Task<(SubmitOutcome Outcome, IReadOnlyList<CheckResult> Checks)> SubmitAsync(int eventId, ClaimsPrincipal user, CancellationToken ct) =>
        SubmitAsync(db.Events.OwnedBy(user), eventId, user, late: false, ct);

    /// After the deadline only a national administrator records a request, for any organisation;
    /// every other check still applies, and only an administrator may decide it.
    public Task<(SubmitOutcome Outcome, IReadOnlyList<CheckResult> Checks)> SubmitLateAsync(int eventId, ClaimsPrincipal administrator, CancellationToken ct) =>
        SubmitAsync(db.Events, eventId, administrator, late: true, ct);

    private async Task<(SubmitOutcome Outcome, IReadOnlyList<CheckResult> Checks)> SubmitAsync(IQueryable<Event> events, int eventId, ClaimsPrincipal user,
        bool late, CancellationToken ct)
    {
        var e = await events.AsNoTracking().Include(x => x.Sessions).Include(x => x.Terms).Include(x => x.Edition)
            .FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return (SubmitOutcome.NotFound, []);
        }
        if (e.Status is not (EventStatus.Draft or EventStatus.ChangesRequested))
        {
            return (SubmitOutcome.AlreadySubmitted, []);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var checks = LabellingChecks.Run(e, e.Edition!, now, geography);
        if (!checks.All(c => c.Passed || (late && c.Code == "delai")))
        {
            return (SubmitOutcome.ChecksFailed, checks);
        }
        var request = LabelRequest.Pending(e, LabelRequestKind.Initial, e.Edition!, now, user.UserId(), geography);
        request.ChecksJson = LabellingChecks.ToJson(checks);
        request.Late = late;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var moved = await db.Events.Where(x => x.Id == e.Id && (x.Status == EventStatus.Draft || x.Status == EventStatus.ChangesRequested))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, EventStatus.Submitted).SetProperty(x => x.UpdatedAt, now), ct);
            if (moved == 0)
            {
                return (SubmitOutcome.AlreadySubmitted, checks);
            }
            db.LabelRequests.Add(request);
            db.EventHistory.Add(EventHistoryEntry.Of(e.Id, user, now, "submitted", late
                ? "Demande tardive enregistrée par un administrateur national, qui en décidera."
                : $"Demande de label soumise ; réponse attendue au plus tard le {Shared.FrenchFormat.Date(request.DueOn)}."));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The other click's request is already pending (unique index): this one adds nothing.
                return (SubmitOutcome.AlreadySubmitted, checks);
            }
            await transaction.CommitAsync(ct);
        }
        if (!late && user.Identity?.Name is { } email)
        {
            await mail.SendAsync(new OutgoingMail(email, $"Demande de label reçue : {e.Title}",
                $"""
                Bonjour,

                Votre demande de label pour « {e.Title} » est bien reçue. Le comité de validation de votre région l'examinera
                au plus tard le {Shared.FrenchFormat.Date(request.DueOn)} ({e.Edition!.ReviewWorkingDays} jours ouvrés).

                Suivre la demande : {mailOptions.Value.PublicBaseUrl.TrimEnd('/')}/organisateur/evenements/{e.Id}

                L'équipe de la Semaine de l'industrie
                """), ct);
        }
        return (SubmitOutcome.Submitted, checks);
    }
}
