using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events.Kit;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Events.Manage;

public sealed class KitModel(AppDbContext db, FrenchGeography geography, IOptions<MailOptions> mail) : PageModel
{
    public KitEvent Kit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var kit = await KitEndpoints.LoadAsync(db, id, User, geography, mail.Value.PublicBaseUrl, ct);
        if (kit is null)
        {
            return NotFound();
        }
        Kit = kit;
        return Page();
    }
}
