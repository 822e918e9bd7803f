using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Events.Manage;

/// Edits of a labelled event. What made it eligible (sessions, place, audiences, free) goes back to
/// the committee as a revision while the public keeps the labelled data; anything else is published
/// at once. The caller saves and commits.
public sealed class LabelledEventChanges(AppDbContext db, FrenchGeography geography, TimeProvider clock)
{
    /// Returns the notice to show, or null when the proposed data fails a labelling check (errors added).
    public async Task<string?> SaveAsync(Event e, EventSnapshot proposed, string organisationName, ClaimsPrincipal user, ModelStateDictionary errors,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = EventSnapshot.From(e);
        var changes = current.Diff(proposed);
        if (changes.Count == 0)
        {
            return "enregistre";
        }
        var pending = await db.LabelRequests.FirstOrDefaultAsync(r => r.EventId == e.Id && r.Status == LabelRequestStatus.Pending, ct);
        if (pending is null && !proposed.ChangesEligibility(current))
        {
            proposed.ApplyTo(e, organisationName, now);
            db.EventHistory.Add(EventHistoryEntry.Of(e.Id, user, now, "updated", "Modifications publiées.", changes));
            await db.BumpCatalogueVersionAsync(ct);
            return "publie";
        }

        var edition = await db.Editions.AsNoTracking().SingleAsync(x => x.Id == e.EditionId, ct);
        var trial = new Event { Title = "", Slug = "", Summary = "", Description = "", TypeCode = "", Place = new Place() };
        proposed.ApplyTo(trial, organisationName, now);
        // The deadline is for new requests: a labelled event may still move its sessions inside the window.
        var failed = LabellingChecks.Run(trial, edition, now, geography).Where(c => !c.Passed && c.Code != "delai").ToList();
        if (failed.Count > 0)
        {
            foreach (var check in failed)
            {
                errors.AddModelError("", $"{check.Label} : {check.Message}");
            }
            return null;
        }
        if (pending is null)
        {
            pending = LabelRequest.Pending(e, LabelRequestKind.Revision, edition, now, user.UserId(), geography);
            db.LabelRequests.Add(pending);
        }
        pending.ProposedJson = proposed.ToJson();
        pending.ChecksJson = LabellingChecks.ToJson(LabellingChecks.Run(trial, edition, now, geography));
        db.EventHistory.Add(EventHistoryEntry.Of(e.Id, user, now, "revision",
            "Modification soumise au comité de validation ; l'événement reste affiché avec ses informations labellisées.", changes));
        return "revision";
    }
}
