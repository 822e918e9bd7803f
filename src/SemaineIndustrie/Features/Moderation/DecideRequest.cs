using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Moderation;

public enum Decision { Label, Reject, RequestChanges }

public enum DecisionOutcome { Decided, AlreadyDecided, NotFound, Forbidden, MessageRequired, LateNeedsAdministrator }

/// One decision on one request. The request moves out of « Pending » with a conditional update, so
/// of two moderators deciding at once exactly one wins; the other is told who decided, and what.
/// Labelling publishes the event (or applies the reviewed changes) in the same transaction, which
/// also bumps the catalogue version so every instance shows it.
public sealed class DecideRequest(AppDbContext db, ModerationMails mails, TimeProvider clock)
{
    public sealed record Result(DecisionOutcome Outcome, string? DecidedBy = null, LabelRequestStatus? DecidedAs = null);

    public async Task<Result> DecideAsync(int requestId, Decision decision, string? message, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.LabelRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return new(DecisionOutcome.NotFound);
        }
        if (!user.CanModerate(request.RegionCode))
        {
            return new(DecisionOutcome.Forbidden);
        }
        if (request.Late && !user.IsInRole(Roles.Administrator))
        {
            return new(DecisionOutcome.LateNeedsAdministrator);
        }
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (decision != Decision.Label && message is null)
        {
            return new(DecisionOutcome.MessageRequired);
        }
        var status = decision switch
        {
            Decision.Label => LabelRequestStatus.Labelled,
            Decision.Reject => LabelRequestStatus.Rejected,
            _ => LabelRequestStatus.ChangesRequested,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = user.UserId();
        Event e;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var won = await db.LabelRequests.Where(r => r.Id == requestId && r.Status == LabelRequestStatus.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, status)
                    .SetProperty(r => r.DecidedAt, now)
                    .SetProperty(r => r.DecidedByUserId, userId)
                    .SetProperty(r => r.Message, message), ct);
            if (won == 0)
            {
                await transaction.RollbackAsync(ct);
                return await AlreadyDecidedAsync(requestId, ct);
            }
            e = await db.Events.Include(x => x.Sessions).Include(x => x.Terms).Include(x => x.Organisation).SingleAsync(x => x.Id == request.EventId, ct);
            var changes = Apply(e, request, status, now);
            db.EventHistory.Add(EventHistoryEntry.Of(e.Id, user, now, HistoryAction(status), Summary(request.Kind, status, message), changes));
            await db.SaveChangesAsync(ct);
            if (status == LabelRequestStatus.Labelled)
            {
                await db.BumpCatalogueVersionAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        await mails.SendDecisionAsync(e, request.Kind, status, message, ct);
        return new(DecisionOutcome.Decided);
    }

    private static IReadOnlyList<FieldChange> Apply(Event e, LabelRequest request, LabelRequestStatus status, DateTime now)
    {
        if (request.Kind == LabelRequestKind.Revision)
        {
            // A revision changes nothing until it is labelled; refused, the event stays as labelled.
            if (status != LabelRequestStatus.Labelled || request.ProposedJson is null)
            {
                return [];
            }
            var proposed = EventSnapshot.FromJson(request.ProposedJson);
            var changes = EventSnapshot.From(e).Diff(proposed);
            proposed.ApplyTo(e, e.Organisation!.Name, now);
            return changes;
        }
        var before = EventLabels.Status(e.Status);
        e.Status = status switch
        {
            LabelRequestStatus.Labelled => EventStatus.Labelled,
            LabelRequestStatus.Rejected => EventStatus.Rejected,
            _ => EventStatus.ChangesRequested,
        };
        e.UpdatedAt = now;
        if (e.Status == EventStatus.Labelled)
        {
            e.LabelledAt = now;
        }
        return [new FieldChange("Statut", before, EventLabels.Status(e.Status))];
    }

    internal static string HistoryAction(LabelRequestStatus status) => status switch
    {
        LabelRequestStatus.Labelled => "labelled",
        LabelRequestStatus.Rejected => "rejected",
        _ => "changes_requested",
    };

    internal static string Summary(LabelRequestKind kind, LabelRequestStatus status, string? message) => (kind, status) switch
    {
        (LabelRequestKind.Initial, LabelRequestStatus.Labelled) => "Événement labellisé." + (message is null ? "" : $" Commentaire : {message}"),
        (LabelRequestKind.Revision, LabelRequestStatus.Labelled) => "Modification acceptée et publiée." + (message is null ? "" : $" Commentaire : {message}"),
        (LabelRequestKind.Initial, LabelRequestStatus.Rejected) => $"Demande refusée. Motif : {message}",
        (LabelRequestKind.Revision, LabelRequestStatus.Rejected) => $"Modification refusée ; l'événement reste labellisé tel quel. Motif : {message}",
        _ => $"Modifications demandées : {message}",
    };

    private async Task<Result> AlreadyDecidedAsync(int requestId, CancellationToken ct)
    {
        var decided = await db.LabelRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Status, By = db.Users.Where(u => u.Id == r.DecidedByUserId).Select(u => u.FullName).FirstOrDefault() })
            .SingleAsync(ct);
        return new(DecisionOutcome.AlreadyDecided, decided.By ?? "un autre membre du comité", decided.Status);
    }
}
