using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content;

public sealed record ArticleView(int Id, ContentKind Kind, string Title, string? Summary, string Body, DateOnly PublishedOn, string? Place,
    string? RegionCode, string? LinkUrl);

/// One published press release (/presse/…) with its press kits and contacts, or news item (/actualites/…).
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class ArticleModel(AppDbContext db, FrenchGeography geography) : PageModel
{
    public ArticleView Article { get; private set; } = null!;
    public Region? Region { get; private set; }
    public IReadOnlyList<FileLink> Files { get; private set; } = [];
    public IReadOnlyList<ContactView> Contacts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken ct)
    {
        var kind = section == "presse" ? ContentKind.PressRelease : ContentKind.News;
        var article = await db.ContentItems.AsNoTracking().Published(kind).Where(c => c.Slug == slug)
            .Select(c => new ArticleView(c.Id, c.Kind, c.Title, c.Summary, c.Body, c.PublishedOn, c.Place, c.RegionCode, c.LinkUrl))
            .FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        Region = geography.Region(article.RegionCode);
        Files = await db.FilesOfAsync(article.Id, ct);
        if (kind == ContentKind.PressRelease)
        {
            Contacts = await db.ContactsAsync(ContactScope.Press, article.RegionCode, ct);
        }
        return Page();
    }
}
