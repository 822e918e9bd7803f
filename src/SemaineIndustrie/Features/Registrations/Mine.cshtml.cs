using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Registrations;

/// The registrant's own page, reached by the signed link of their e-mail: see the registration,
/// change a group's size, cancel, or erase their data. No account needed.
[EnableRateLimiting(RateLimits.Registrations)]
public sealed class MineModel(AppDbContext db, RegistrationLinks links, RegistrationDesk desk, FrenchGeography geography) : PageModel
{
    public Registration Registration { get; private set; } = null!;
    public string EventTitle { get; private set; } = "";
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }

    [BindProperty]
    public int Participants { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, string? avis, CancellationToken ct)
    {
        var found = await LoadAsync(token, ct);
        if (found is not null)
        {
            return found;
        }
        Participants = Registration.Participants;
        Notice = avis switch
        {
            "annulee" => "Votre inscription est annulée. Merci d'avoir libéré la place.",
            "modifiee" => "Le nombre de participants est modifié.",
            "effacee" => "Vos données personnelles sont effacées.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string token, CancellationToken ct) =>
        await LoadAsync(token, ct) ?? await AfterAsync(desk.CancelAsync(Registration.Id, ct), token, "annulee");

    public async Task<IActionResult> OnPostEraseAsync(string token, CancellationToken ct) =>
        await LoadAsync(token, ct) ?? await AfterAsync(desk.EraseAsync(Registration.Id, ct), token, "effacee");

    public async Task<IActionResult> OnPostSizeAsync(string token, CancellationToken ct)
    {
        var requested = Participants;
        if (await LoadAsync(token, ct) is { } problem)
        {
            return problem;
        }
        if (await desk.ChangeGroupSizeAsync(Registration.Id, requested, ct) is { } refused)
        {
            ModelState.AddModelError(nameof(Participants), refused);
            Participants = requested;
            return Page();
        }
        return RedirectToPage(new { token, avis = "modifiee" });
    }

    private async Task<IActionResult> AfterAsync(Task action, string token, string notice)
    {
        await action;
        return RedirectToPage(new { token, avis = notice });
    }

    /// Null when the link names a registration (now loaded); otherwise the page that says why not.
    private async Task<IActionResult?> LoadAsync(string token, CancellationToken ct)
    {
        var (id, problem) = links.Read(token);
        var registration = id is null ? null : await db.Registrations.AsNoTracking().Include(r => r.Session).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null)
        {
            Problem = problem ?? "Cette inscription n'existe plus.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Registration = registration;
        var e = await db.Events.AsNoTracking().Where(x => x.Id == registration.EventId).Select(x => new { x.Title, x.Place.RegionCode }).SingleAsync(ct);
        EventTitle = e.Title;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.RegionCode));
        return null;
    }
}
