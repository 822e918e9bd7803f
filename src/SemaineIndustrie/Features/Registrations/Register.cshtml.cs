using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Registrations;

/// Registering for a session of a labelled event, alone or with a group; when the session is full,
/// joining its waiting list. Not cached: the seats left are read live.
[EnableRateLimiting(RateLimits.Registrations)]
public sealed class RegisterModel(AppDbContext db, RegistrationDesk desk, FrenchGeography geography, TimeProvider clock) : PageModel
{
    public sealed record SessionLine(int Id, DateTime StartsAt, DateTime EndsAt, int Capacity, int SeatsTaken, bool Closed, int Waiting)
    {
        public int SeatsLeft => Math.Max(0, Capacity - SeatsTaken);
    }

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public int EventId { get; private set; }
    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int MaxGroupSize { get; private set; }
    public IReadOnlyList<SessionLine> Sessions { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string? Closed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? creneau, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = Input with { SessionId = creneau ?? Sessions.FirstOrDefault(s => s.SeatsLeft > 0 && !s.Closed)?.Id ?? (Sessions.Count > 0 ? Sessions[0].Id : 0) };
        return Page();
    }

    /// The happy path reads nothing but what the registration itself needs (the desk checks the
    /// session and the event); the page's lists are loaded only to show a refusal.
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Input.Website))
        {
            // A robot filled the hidden field: it gets the same answer as a person, and nothing is saved.
            return RedirectToPage("Registered", new { id, statut = "confirmee" });
        }
        if (!Input.Consent)
        {
            ModelState.AddModelError("Input.Consent", "Acceptez l'utilisation de vos données pour vous inscrire.");
        }
        if (Input.Kind == RegistrationKind.Group && string.IsNullOrWhiteSpace(Input.Establishment))
        {
            ModelState.AddModelError("Input.Establishment", "Indiquez l'établissement ou la structure du groupe.");
        }
        var result = ModelState.IsValid ? await desk.RegisterAsync(id, Input, byOrganiser: false, ct) : null;
        if (result?.Outcome is null or RegisterOutcome.Invalid or RegisterOutcome.AlreadyRegistered)
        {
            if (result is not null)
            {
                ModelState.AddModelError(result.Field ?? "", result.Problem!);
            }
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        return RedirectToPage("Registered", new { id, statut = result.Outcome == RegisterOutcome.Confirmed ? "confirmee" : "attente" });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == id && x.Status == EventStatus.Labelled && x.RegistrationMode == RegistrationMode.Platform)
            .Select(x => new { x.Title, x.Slug, x.MaxGroupSize, x.PublicStatus, x.Place.RegionCode }).FirstOrDefaultAsync(ct);
        if (e is null)
        {
            return false;
        }
        (EventId, Title, Slug, MaxGroupSize) = (id, e.Title, e.Slug, e.MaxGroupSize ?? RegistrationDesk.DefaultMaxGroupSize);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.RegionCode));
        Closed = e.PublicStatus switch
        {
            PublicStatus.Cancelled => "Cet événement est annulé : les inscriptions sont fermées.",
            PublicStatus.Postponed => "Cet événement est reporté : les inscriptions rouvriront avec ses nouvelles dates.",
            _ => null,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        Sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == id && s.Capacity != null && s.StartsAt > now).OrderBy(s => s.StartsAt)
            .Select(s => new SessionLine(s.Id, s.StartsAt, s.EndsAt, s.Capacity!.Value, s.SeatsTaken, s.RegistrationClosed,
                db.Registrations.Where(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Waitlisted).Sum(r => r.Participants)))
            .ToListAsync(ct);
        return true;
    }
}
