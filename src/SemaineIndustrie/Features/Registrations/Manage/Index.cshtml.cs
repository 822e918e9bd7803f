using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Events.Manage;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Registrations.Manage;

/// The organiser's registrations: per session, who comes and who waits; add someone by hand, close
/// registration, export the list for a spreadsheet, and report who actually came.
public sealed class IndexModel(AppDbContext db, RegistrationDesk desk, FrenchGeography geography, TimeProvider clock) : PageModel
{
    public sealed record SessionView(Session Session, IReadOnlyList<Registration> Confirmed, IReadOnlyList<Registration> Waiting);

    public int EventId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public DateTime Now { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, string? avis, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Notice = avis switch
        {
            "ajoute" => "La personne est inscrite.",
            "attente" => "Le créneau est complet : la personne est sur la liste d'attente.",
            "ferme" => "Les inscriptions à ce créneau sont closes.",
            "ouvert" => "Les inscriptions à ce créneau sont rouvertes.",
            "presence" => "La participation est enregistrée.",
            "annule" => "L'inscription est annulée ; la liste d'attente en a profité s'il y en avait une.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await desk.RegisterAsync(id, Input, byOrganiser: true, ct);
        if (result.Outcome is RegisterOutcome.Invalid or RegisterOutcome.AlreadyRegistered)
        {
            ModelState.AddModelError(result.Field ?? "", result.Problem!);
            return Page();
        }
        return RedirectToPage(new { id, avis = result.Outcome == RegisterOutcome.Confirmed ? "ajoute" : "attente" });
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, int sessionId, bool closed, CancellationToken ct)
    {
        var changed = await db.Sessions.Where(s => s.Id == sessionId && s.EventId == id && db.Events.OwnedBy(User).Any(e => e.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RegistrationClosed, closed), ct);
        return changed == 0 ? NotFound() : RedirectToPage(new { id, avis = closed ? "ferme" : "ouvert" });
    }

    public async Task<IActionResult> OnPostAttendanceAsync(int id, int sessionId, int? attended, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var session = Sessions.FirstOrDefault(s => s.Session.Id == sessionId)?.Session;
        if (session is null)
        {
            return NotFound();
        }
        if (session.StartsAt > Now)
        {
            ModelState.AddModelError("", "La participation se déclare une fois le créneau commencé.");
            return Page();
        }
        if (attended is not (>= 0 and <= 100_000))
        {
            ModelState.AddModelError("", "Indiquez un nombre de participants entre 0 et 100 000.");
            return Page();
        }
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReportedAttendance, attended), ct);
        return RedirectToPage(new { id, avis = "presence" });
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int registrationId, CancellationToken ct)
    {
        var owned = await db.Registrations.AnyAsync(r => r.Id == registrationId && r.EventId == id && db.Events.OwnedBy(User).Any(e => e.Id == id), ct);
        if (!owned)
        {
            return NotFound();
        }
        await desk.CancelAsync(registrationId, ct);
        return RedirectToPage(new { id, avis = "annule" });
    }

    /// The list for a French spreadsheet: UTF-8 with BOM, `;` between columns, one row per registration.
    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var rows = Sessions.SelectMany(view => view.Confirmed.Concat(view.Waiting).Select(r => new[]
        {
            FrenchFormat.Slot(view.Session.StartsAt, view.Session.EndsAt, Zone),
            r.Status == RegistrationStatus.Confirmed ? "Inscrit" : "Liste d'attente", r.Kind == RegistrationKind.Group ? "Groupe" : "Individuel",
            r.Name ?? "(effacé)", r.Email ?? "", r.Phone ?? "", r.Establishment ?? "", r.ClassLevel ?? "",
            r.Participants.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneInfo.ConvertTimeFromUtc(r.CreatedAt, Zone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        }));
        string[] header = ["Créneau", "Statut", "Type", "Nom", "Adresse électronique", "Téléphone", "Établissement", "Niveau", "Participants", "Inscrit le"];
        return File(SpreadsheetCsv.Write(header, rows), SpreadsheetCsv.ContentType, $"inscriptions-{id}.csv");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var e = await db.Events.OwnedBy(User).AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Title, x.Place.RegionCode }).FirstOrDefaultAsync(ct);
        if (e is null)
        {
            return false;
        }
        (EventId, Title, Now) = (id, e.Title, clock.GetUtcNow().UtcDateTime);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.RegionCode));
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == id && s.Capacity != null).OrderBy(s => s.StartsAt).ToListAsync(ct);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.Id).ToListAsync(ct);
        Sessions = sessions.Select(s => new SessionView(s,
            registrations.Where(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Confirmed).ToList(),
            registrations.Where(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Waitlisted).ToList())).ToList();
        return true;
    }
}
