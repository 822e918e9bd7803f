using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content.Manage;

/// Writes or changes one content item: Markdown with a preview, draft or published, a French slug
/// made from the title (editable, unique per kind), an order, and attached files.
public sealed class EditModel(AppDbContext db, FrenchGeography geography, ContentUploads uploads, ContentCache cache, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ContentInput Input { get; set; } = new();

    /// Ids of attached files to remove on save.
    [BindProperty]
    public List<int> RemoveFiles { get; set; } = [];

    public int? ItemId { get; private set; }
    public IHtmlContent? Preview { get; private set; }
    public IReadOnlyList<FileLink> Files { get; private set; } = [];
    public IReadOnlyList<Term> Audiences { get; private set; } = [];
    public IReadOnlyList<Term> Sectors { get; private set; } = [];
    public IReadOnlyList<Region> Regions => geography.Regions;
    public int MaxUploadMegabytes => uploads.MaxMegabytes;
    public string? PublicUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? type, CancellationToken ct)
    {
        if (id is null)
        {
            Input = new ContentInput { Kind = ContentKinds.FromCode(type) ?? ContentKind.PressRelease, PublishedOn = Today };
        }
        else if (await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } item)
        {
            Input = ContentInput.From(item);
        }
        else
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken ct)
    {
        Preview = ContentMarkdown.Render(Input.Body);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, IFormFile? upload, CancellationToken ct)
    {
        var item = id is null ? null : await db.ContentItems.Include(c => c.Files).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (id is not null && item is null)
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        Input.Validate(ModelState, geography, Audiences.Select(t => t.Code).ToList(), Sectors.Select(t => t.Code).ToList());
        var slug = await SlugAsync(item, ct);
        ContentFile? file = null;
        if (upload is not null && ModelState.IsValid)
        {
            (file, var error) = await uploads.ReadAsync(upload, clock.GetUtcNow().UtcDateTime, ct);
            if (error is not null)
            {
                ModelState.AddModelError("upload", error);
            }
        }
        if (!ModelState.IsValid || slug is null)
        {
            return Page();
        }
        var wasPublished = item?.Status == ContentStatus.Published;
        var now = clock.GetUtcNow().UtcDateTime;
        item ??= db.ContentItems.Add(new ContentItem { Title = "", Slug = "", CreatedAt = now }).Entity;
        Input.ApplyTo(item, slug, Today);
        item.UpdatedAt = now;
        item.Files.RemoveAll(f => RemoveFiles.Contains(f.Id));
        if (file is not null)
        {
            item.Files.Add(file);
        }
        await db.SaveChangesAsync(ct);
        if (wasPublished || item.Status == ContentStatus.Published)
        {
            await cache.PublishedAsync(db, ct);
        }
        return Redirect($"/administration/contenus?type={ContentKinds.Code(item.Kind)}&enregistre={item.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var deleted = await db.ContentItems.Where(c => c.Id == id && !(c.Kind == ContentKind.Page && ProtectedSlugs.Contains(c.Slug))).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            return NotFound();
        }
        await cache.PublishedAsync(db, ct);
        return Redirect($"/administration/contenus?type={ContentKinds.Code(Input.Kind)}");
    }

    private static readonly string[] ProtectedSlugs = [ContentPages.Edition, .. ContentPages.Fixed];

    public bool SlugIsFixed => Input.Kind == ContentKind.Page && ItemId is not null && ProtectedSlugs.Contains(Input.Slug);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// The typed slug folded to a French one, or one made from the title; a typed slug that is taken is an error, a made one gets a number.
    private async Task<string?> SlugAsync(ContentItem? item, CancellationToken ct)
    {
        if (item is not null && item.Kind == ContentKind.Page && ProtectedSlugs.Contains(item.Slug))
        {
            return item.Slug;
        }
        if (string.IsNullOrWhiteSpace(Input.Slug))
        {
            return string.IsNullOrWhiteSpace(Input.Title) ? null : await db.FreeSlugAsync(Input.Kind, Input.Title, item?.Id, ct);
        }
        var wanted = Slugs.From(Input.Slug, maxLength: 100);
        if (await db.ContentItems.AnyAsync(c => c.Kind == Input.Kind && c.Slug == wanted && c.Id != (item == null ? 0 : item.Id), ct))
        {
            ModelState.AddModelError("Input.Slug", $"L'adresse « {wanted} » est déjà utilisée par un autre contenu de ce type : choisissez-en une autre.");
            return null;
        }
        return wanted;
    }

    private async Task LoadAsync(int? id, CancellationToken ct)
    {
        ItemId = id;
        (Audiences, Sectors) = await db.AudiencesAndSectorsAsync(ct);
        if (id is { } itemId)
        {
            Files = await db.FilesOfAsync(itemId, ct);
            var saved = await db.ContentItems.AsNoTracking().Where(c => c.Id == itemId && c.Status == ContentStatus.Published)
                .Select(c => new { c.Kind, c.Slug }).FirstOrDefaultAsync(ct);
            PublicUrl = saved is null ? null : ContentUrls.Of(saved.Kind, saved.Slug);
        }
    }
}
