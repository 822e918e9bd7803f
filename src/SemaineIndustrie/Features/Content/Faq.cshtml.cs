using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

public sealed record FaqEntry(string Slug, string Question, string Answer);

[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class FaqModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<FaqEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await db.ContentItems.AsNoTracking().Published(ContentKind.Faq).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new FaqEntry(c.Slug, c.Title, c.Body)).ToListAsync(ct);
}
