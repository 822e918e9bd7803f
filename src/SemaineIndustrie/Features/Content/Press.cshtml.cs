using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content;

/// Press releases (/presse, with the press contacts) or news (/actualites), filtered by region and year.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class PressModel(AppDbContext db, FrenchGeography geography) : PageModel
{
    public bool IsPress { get; private set; }
    public string? Region { get; private set; }
    public int? Year { get; private set; }
    public IReadOnlyList<ContentCard> Items { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Region> Regions => geography.Regions;
    public IReadOnlyList<ContactView> NationalContacts { get; private set; } = [];
    public IReadOnlyList<ContactView> RegionalContacts { get; private set; } = [];

    public async Task OnGetAsync(string section, string? region, int? annee, CancellationToken ct)
    {
        IsPress = section == "presse";
        var kind = IsPress ? ContentKind.PressRelease : ContentKind.News;
        Region = geography.Region(region)?.Code;
        Year = annee;
        var items = db.ContentItems.AsNoTracking().Published(kind);
        Years = (await items.Select(c => c.PublishedOn).ToListAsync(ct)).Select(d => d.Year).Distinct().OrderDescending().ToList();
        if (Region is not null)
        {
            items = items.Where(c => c.RegionCode == Region);
        }
        if (annee is { } year)
        {
            var (from, until) = (new DateOnly(Math.Clamp(year, 1, 9999), 1, 1), new DateOnly(Math.Clamp(year, 1, 9999), 12, 31));
            items = items.Where(c => c.PublishedOn >= from && c.PublishedOn <= until);
        }
        Items = await items.Cards().ToListAsync(ct);
        if (IsPress)
        {
            NationalContacts = await db.ContactsAsync(ContactScope.Press, null, ct);
            RegionalContacts = await db.Contacts.AsNoTracking()
                .Where(c => c.Scope == ContactScope.Press && c.RegionCode != null && (Region == null || c.RegionCode == Region))
                .OrderBy(c => c.RegionCode).ThenBy(c => c.SortOrder).Views().ToListAsync(ct);
        }
    }
}
