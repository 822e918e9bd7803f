using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content.Manage;

public sealed record ManagedItem(int Id, string Title, string Slug, ContentStatus Status, DateOnly PublishedOn, int SortOrder, DateTime UpdatedAt, int Files);

/// The content manager's list of one kind of content, drafts included, in the public order.
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public ContentKind Kind { get; private set; }
    public int? Saved { get; private set; }
    public IReadOnlyList<ManagedItem> Items { get; private set; } = [];
    public IReadOnlyDictionary<ContentKind, int> Counts { get; private set; } = new Dictionary<ContentKind, int>();

    public async Task OnGetAsync(string? type, int? enregistre, CancellationToken ct)
    {
        Kind = ContentKinds.FromCode(type) ?? ContentKind.PressRelease;
        Saved = enregistre;
        Counts = await db.ContentItems.AsNoTracking().GroupBy(c => c.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var items = db.ContentItems.AsNoTracking().Where(c => c.Kind == Kind);
        items = Kind is ContentKind.PressRelease or ContentKind.News
            ? items.OrderByDescending(c => c.PublishedOn).ThenBy(c => c.SortOrder)
            : items.OrderBy(c => c.SortOrder).ThenBy(c => c.Title);
        Items = await items.Select(c => new ManagedItem(c.Id, c.Title, c.Slug, c.Status, c.PublishedOn, c.SortOrder, c.UpdatedAt, c.Files.Count))
            .ToListAsync(ct);
    }
}
