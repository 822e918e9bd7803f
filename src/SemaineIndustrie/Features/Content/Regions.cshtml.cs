using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content;

/// Every region with its number of labelled events in the current edition.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class RegionsModel(AppDbContext db, FrenchGeography geography) : PageModel
{
    public EditionSummary? Edition { get; private set; }
    public IReadOnlyList<(Region Region, int Events)> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Edition = await db.CurrentAsync(ct);
        var editionId = Edition?.Id ?? -1;
        var counts = await db.Events.AsNoTracking().Labelled().Where(e => e.EditionId == editionId)
            .GroupBy(e => e.Place.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Regions = geography.Regions.Select(r => (r, counts.GetValueOrDefault(r.Code))).ToList();
    }
}
