using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content;

/// A region's page: its labelled events of the current edition (counted in the database) on a map
/// zoomed on it, its contacts (DREETS, région académique, regional council), its press releases and news.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class RegionModel(AppDbContext db, FrenchGeography geography, IConfiguration configuration) : PageModel
{
    public Region Region { get; private set; } = null!;
    public EditionSummary? Edition { get; private set; }
    public int LabelledEvents { get; private set; }
    public string MapBox { get; private set; } = "";
    public IReadOnlyList<ContactView> Contacts { get; private set; } = [];
    public IReadOnlyList<ContentCard> News { get; private set; } = [];
    public string TileUrl => configuration["Map:TileUrl"] ?? "";
    public string TileAttribution => configuration["Map:TileAttribution"] ?? "";

    public string SearchUrl => $"/evenements?region={Region.Code}" + (Edition is null ? "" : $"&edition={Edition.Year}");

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (geography.FromSlug(slug) is not { } region)
        {
            return NotFound();
        }
        Region = region;
        Edition = await db.CurrentAsync(ct);
        var editionId = Edition?.Id ?? -1;
        LabelledEvents = await db.Events.AsNoTracking().Labelled().CountAsync(e => e.EditionId == editionId && e.Place.RegionCode == region.Code, ct);
        MapBox = RegionPages.Box(geography, region);
        Contacts = await db.ContactsAsync(ContactScope.Region, region.Code, ct);
        News = await db.ContentItems.AsNoTracking().Published()
            .Where(c => (c.Kind == ContentKind.PressRelease || c.Kind == ContentKind.News) && c.RegionCode == region.Code)
            .Cards().Take(12).ToListAsync(ct);
        return Page();
    }
}
