using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Content;

public sealed record ResourceCard(int Id, string Title, string Slug, string? Summary, string? Category, string? AudienceCode, string? SectorCode,
    string? LinkUrl, bool HasFile);

/// The teachers' or the companies' space: how to take part, and their resources with an
/// accent-insensitive search and filters by category, audience and sector.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class ResourcesModel(AppDbContext db) : PageModel
{
    public const int MaxTextLength = 100;

    public ResourceSpace Space { get; private set; }
    public string? Text { get; private set; }
    public string? Category { get; private set; }
    public string? Audience { get; private set; }
    public string? Sector { get; private set; }
    public IReadOnlyList<ResourceCard> Items { get; private set; } = [];
    public IReadOnlyList<Term> Audiences { get; private set; } = [];
    public IReadOnlyList<Term> Sectors { get; private set; } = [];

    public string TermLabel(string? code) => Audiences.Concat(Sectors).FirstOrDefault(t => t.Code == code)?.Label ?? "";

    public async Task OnGetAsync(string space, string? q, string? categorie, string? @public, string? filiere, CancellationToken ct)
    {
        Space = space == "enseignants" ? ResourceSpace.Teachers : ResourceSpace.Companies;
        (Audiences, Sectors) = await db.AudiencesAndSectorsAsync(ct);
        Text = q is { Length: > MaxTextLength } ? q[..MaxTextLength] : q;
        Category = ResourceCategories.All.Any(c => c.Code == categorie) ? categorie : null;
        Audience = Audiences.Any(t => t.Code == @public) ? @public : null;
        Sector = Sectors.Any(t => t.Code == filiere) ? filiere : null;

        var items = db.ContentItems.AsNoTracking().Published(ContentKind.Resource).Where(c => c.Space == Space);
        foreach (var word in FrenchText.Words(Text))
        {
            var start = " " + word;
            items = items.Where(c => c.SearchText.Contains(start));
        }
        items = Category is null ? items : items.Where(c => c.Category == Category);
        items = Audience is null ? items : items.Where(c => c.AudienceCode == Audience);
        items = Sector is null ? items : items.Where(c => c.SectorCode == Sector);
        Items = await items.OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
            .Select(c => new ResourceCard(c.Id, c.Title, c.Slug, c.Summary, c.Category, c.AudienceCode, c.SectorCode, c.LinkUrl, c.Files.Any()))
            .ToListAsync(ct);
    }
}
