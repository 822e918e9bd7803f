using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Editions.Manage;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Editions = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ToListAsync(ct);
}
