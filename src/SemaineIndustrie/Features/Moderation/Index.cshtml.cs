using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Moderation;

/// The queue: pending requests of the moderator's regions, the oldest due date first, overdue ones
/// marked, with the automatic checks, filters and a search.
public sealed class IndexModel(AppDbContext db, FrenchGeography geography, Events.Manage.SubmitEvent submit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, int EventId, string Title, string Organisation, string? Commune, string DepartmentCode, string RegionCode,
        string TypeCode, LabelRequestKind Kind, DateTime SubmittedAt, DateOnly DueOn, bool Late, string ChecksJson)
    {
        public int FailedChecks => LabellingChecks.FromJson(ChecksJson).Count(c => !c.Passed);
    }

    [BindProperty(SupportsGet = true, Name = "region")] public string? Region { get; set; }
    [BindProperty(SupportsGet = true, Name = "departement")] public string? Department { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "nature")] public LabelRequestKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "retard")] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Overdue { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<Term> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));
        var scope = User.ModeratedRegions();
        Regions = geography.Regions.Where(r => scope is null || scope.Contains(r.Code)).ToList();
        Types = await db.Terms.AsNoTracking().Where(t => t.Kind == TermKind.Type).OrderBy(t => t.Position).ToListAsync(ct);

        var pending = db.LabelRequests.AsNoTracking().VisibleTo(User).Where(r => r.Status == LabelRequestStatus.Pending);
        if (!string.IsNullOrEmpty(Region))
        {
            pending = pending.Where(r => r.RegionCode == Region);
        }
        if (!string.IsNullOrEmpty(Department))
        {
            pending = pending.Where(r => r.Event!.Place.DepartmentCode == Department);
        }
        if (!string.IsNullOrEmpty(Type))
        {
            pending = pending.Where(r => r.Event!.TypeCode == Type);
        }
        if (Kind is { } kind)
        {
            pending = pending.Where(r => r.Kind == kind);
        }
        foreach (var word in FrenchText.Words(Query).Take(5))
        {
            var pattern = $"% {word}%";
            pending = pending.Where(r => EF.Functions.Like(r.Event!.SearchText, pattern));
        }
        // Both figures in one pass over the matching requests.
        var today = Today;
        var counts = await pending.GroupBy(r => 1)
            .Select(g => new { Total = g.Count(), Overdue = g.Count(r => r.DueOn < today) })
            .FirstOrDefaultAsync(ct);
        Overdue = counts?.Overdue ?? 0;
        if (OverdueOnly)
        {
            pending = pending.Where(r => r.DueOn < today);
        }
        Total = OverdueOnly ? Overdue : counts?.Total ?? 0;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await pending.OrderBy(r => r.DueOn).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Id, r.EventId, r.Event!.Title, r.Event.Organisation!.Name, r.Event.Place.CommuneName, r.Event.Place.DepartmentCode,
                r.RegionCode, r.Event.TypeCode, r.Kind, r.SubmittedAt, r.DueOn, r.Late, r.ChecksJson))
            .ToListAsync(ct);
    }

    [BindProperty]
    public int? LateEventId { get; set; }

    /// An administrator records a request that missed the deadline (the organiser asked by e-mail).
    public async Task<IActionResult> OnPostLateAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Administrator))
        {
            return Forbid();
        }
        var (outcome, checks) = LateEventId is { } id ? await submit.SubmitLateAsync(id, User, ct) : (Events.Manage.SubmitOutcome.NotFound, []);
        if (outcome == Events.Manage.SubmitOutcome.Submitted)
        {
            var requestId = await db.LabelRequests.Where(r => r.EventId == LateEventId && r.Status == LabelRequestStatus.Pending).Select(r => r.Id).FirstAsync(ct);
            return Redirect($"/moderation/demandes/{requestId}");
        }
        ModelState.AddModelError(nameof(LateEventId), outcome switch
        {
            Events.Manage.SubmitOutcome.NotFound => "Aucun événement ne porte ce numéro.",
            Events.Manage.SubmitOutcome.AlreadySubmitted => "Cet événement n'est pas un brouillon : sa demande est déjà enregistrée ou décidée.",
            _ => "L'événement ne remplit pas les conditions : " + string.Join(" ", checks.Where(c => !c.Passed && c.Code != "delai").Select(c => c.Message)),
        });
        await OnGetAsync(ct);
        return Page();
    }

    public string RegionName(string code) => geography.Region(code)?.Name ?? code;

    public string TypeLabel(string code) => Types.FirstOrDefault(t => t.Code == code)?.Label ?? code;

    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["region"] = Region, ["departement"] = Department, ["type"] = Type, ["nature"] = Kind?.ToString(),
        ["retard"] = OverdueOnly ? "true" : null, ["q"] = Query, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
