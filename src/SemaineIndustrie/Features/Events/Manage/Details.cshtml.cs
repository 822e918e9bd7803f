using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Events.Manage;

/// One event as its organisers follow it: where the request stands, the automatic checks, the
/// committee's answers, the public status, the communication kit and the whole history.
public sealed class DetailsModel(AppDbContext db, SubmitEvent submit, FrenchGeography geography, TimeProvider clock) : PageModel
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<CheckResult> Checks { get; private set; } = [];
    public IReadOnlyList<LabelRequest> Requests { get; private set; } = [];
    public IReadOnlyList<EventHistoryEntry> History { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TermLabels { get; private set; } = new Dictionary<string, string>();
    public string? Notice { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty]
    public PublicStatus NewPublicStatus { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? avis, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Notice = avis switch
        {
            "cree" => "Le brouillon est enregistré. Complétez-le puis soumettez la demande de label.",
            "enregistre" => "Les modifications sont enregistrées.",
            "publie" => "Les modifications sont publiées.",
            "revision" => "Ces modifications touchent aux conditions du label : elles sont soumises au comité de validation. En attendant, l'événement reste affiché avec ses informations labellisées.",
            "soumis" => "Votre demande de label est envoyée au comité de validation.",
            "deja" => "Cette demande a déjà été envoyée : elle n'a pas été envoyée une seconde fois.",
            "statut" => "Le statut public est mis à jour.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct)
    {
        var (outcome, checks) = await submit.SubmitAsync(id, User, ct);
        switch (outcome)
        {
            case SubmitOutcome.NotFound:
                return NotFound();
            case SubmitOutcome.Submitted:
                return RedirectToPage(new { id, avis = "soumis" });
            case SubmitOutcome.AlreadySubmitted:
                return RedirectToPage(new { id, avis = "deja" });
            default:
                await LoadAsync(id, ct);
                Checks = checks;
                ModelState.AddModelError("", "La demande ne peut pas être envoyée : corrigez les points signalés ci-dessous.");
                return Page();
        }
    }

    public async Task<IActionResult> OnPostPublicStatusAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var e = await db.Events.OwnedBy(User).FirstOrDefaultAsync(x => x.Id == id && x.Status == EventStatus.Labelled, ct);
        if (e is null)
        {
            return NotFound();
        }
        if (e.PublicStatus != NewPublicStatus && Enum.IsDefined(NewPublicStatus))
        {
            db.EventHistory.Add(EventHistoryEntry.Of(e.Id, User, now, "public_status", "Statut public modifié.",
                [new FieldChange("Statut public", EventLabels.PublicStatus(e.PublicStatus) ?? "Programmé", EventLabels.PublicStatus(NewPublicStatus) ?? "Programmé")]));
            e.PublicStatus = NewPublicStatus;
            e.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            await db.BumpCatalogueVersionAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return RedirectToPage(new { id, avis = "statut" });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var e = await db.Events.OwnedBy(User).AsNoTracking().Include(x => x.Sessions).Include(x => x.Terms).Include(x => x.Edition)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return false;
        }
        Event = e;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.Place.RegionCode));
        Checks = LabellingChecks.Run(e, e.Edition!, clock.GetUtcNow().UtcDateTime, geography);
        Requests = await db.LabelRequests.AsNoTracking().Where(r => r.EventId == id).OrderByDescending(r => r.SubmittedAt).ToListAsync(ct);
        History = await db.EventHistory.AsNoTracking().Where(h => h.EventId == id).OrderByDescending(h => h.At).ThenByDescending(h => h.Id).ToListAsync(ct);
        TermLabels = (await db.Terms.AsNoTracking().ToListAsync(ct)).ToDictionary(t => $"{t.Kind}:{t.Code}", t => t.Label);
        return true;
    }

    public string Term(TermKind kind, string? code) => code is not null && TermLabels.TryGetValue($"{kind}:{code}", out var label) ? label : code ?? "";
}
