using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Content;

public sealed record ResourceView(int Id, string Title, string? Summary, string Body, ResourceSpace Space, string? Category, string? Audience,
    string? Sector, string? LinkUrl);

/// One published resource of the teachers' or companies' space: its text, file and link.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class ResourceModel(AppDbContext db) : PageModel
{
    public ResourceView Resource { get; private set; } = null!;
    public IReadOnlyList<FileLink> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var resource = await db.ContentItems.AsNoTracking().Published(ContentKind.Resource).Where(c => c.Slug == slug)
            .Select(c => new ResourceView(c.Id, c.Title, c.Summary, c.Body, c.Space ?? ResourceSpace.Teachers, c.Category, c.AudienceCode, c.SectorCode, c.LinkUrl))
            .FirstOrDefaultAsync(ct);
        if (resource is null)
        {
            return NotFound();
        }
        var labels = await db.Terms.AsNoTracking()
            .Where(t => (t.Kind == TermKind.Audience && t.Code == resource.Audience) || (t.Kind == TermKind.Sector && t.Code == resource.Sector))
            .ToDictionaryAsync(t => t.Kind, t => t.Label, ct);
        Resource = resource with { Audience = labels.GetValueOrDefault(TermKind.Audience), Sector = labels.GetValueOrDefault(TermKind.Sector) };
        Files = await db.FilesOfAsync(resource.Id, ct);
        return Page();
    }
}
