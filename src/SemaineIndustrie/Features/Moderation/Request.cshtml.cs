using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Features.Moderation;

/// One request as the committee examines it: the event, what a revision changes, the automatic
/// checks, the organisation, the history; and the three decisions.
public sealed class RequestModel(AppDbContext db, DecideRequest decide, FrenchGeography geography) : PageModel
{
    public LabelRequest LabelRequest { get; private set; } = null!;
    public Event Event { get; private set; } = null!;
    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<CheckResult> Checks { get; private set; } = [];
    public IReadOnlyList<FieldChange> ProposedChanges { get; private set; } = [];
    public IReadOnlyList<EventHistoryEntry> History { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TermLabels { get; private set; } = new Dictionary<string, string>();
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string? DecidedBy { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty]
    public Decision Decision { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? avis, CancellationToken ct)
    {
        var found = await LoadAsync(id, ct);
        if (found is not null)
        {
            return found;
        }
        Notice = avis == "decide" ? "Votre décision est enregistrée et l'organisateur en est informé par courriel." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (Message?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Message), "Le message ne peut pas dépasser 2 000 caractères.");
        }
        var result = ModelState.IsValid ? await decide.DecideAsync(id, Decision, Message, User, ct) : null;
        switch (result?.Outcome)
        {
            case DecisionOutcome.NotFound:
                return NotFound();
            case DecisionOutcome.Forbidden:
                return Forbid();
            case DecisionOutcome.Decided:
                return RedirectToPage(new { id, avis = "decide" });
            case DecisionOutcome.MessageRequired:
                ModelState.AddModelError(nameof(Message), Decision == Decision.Reject
                    ? "Indiquez le motif du refus : il est envoyé à l'organisateur."
                    : "Indiquez les modifications attendues : elles sont envoyées à l'organisateur.");
                break;
            case DecisionOutcome.LateNeedsAdministrator:
                ModelState.AddModelError("", "Cette demande est arrivée après la date limite : seul un administrateur national peut la trancher.");
                break;
            case DecisionOutcome.AlreadyDecided:
                ModelState.AddModelError("", $"{result.DecidedBy} a déjà décidé cette demande ({EventLabels.RequestStatus(result.DecidedAs!.Value).ToLowerInvariant()}) : votre décision n'a pas été enregistrée. Voici la demande à jour.");
                break;
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var request = await db.LabelRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return NotFound();
        }
        if (!User.CanModerate(request.RegionCode))
        {
            return Forbid();
        }
        LabelRequest = request;
        Event = await db.Events.AsNoTracking().Include(e => e.Sessions).Include(e => e.Terms).SingleAsync(e => e.Id == request.EventId, ct);
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == Event.OrganisationId, ct);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(Event.Place.RegionCode));
        Checks = LabellingChecks.FromJson(request.ChecksJson);
        ProposedChanges = request is { Kind: LabelRequestKind.Revision, ProposedJson: { } proposed, Status: LabelRequestStatus.Pending }
            ? EventSnapshot.From(Event).Diff(EventSnapshot.FromJson(proposed)) : [];
        History = await db.EventHistory.AsNoTracking().Where(h => h.EventId == Event.Id).OrderByDescending(h => h.At).ThenByDescending(h => h.Id).ToListAsync(ct);
        TermLabels = (await db.Terms.AsNoTracking().ToListAsync(ct)).ToDictionary(t => $"{t.Kind}:{t.Code}", t => t.Label);
        DecidedBy = request.DecidedByUserId is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.FullName).FirstOrDefaultAsync(ct) : null;
        return null;
    }

    public string Term(TermKind kind, string? code) => code is not null && TermLabels.TryGetValue($"{kind}:{code}", out var label) ? label : code ?? "";
}
