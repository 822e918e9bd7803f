using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Features;

[OutputCache(PolicyName = SiteSetup.HomePagePolicy)]
public sealed class IndexModel(AppDbContext db, CatalogueHolder catalogue, RecentHomeFigures figures, FrenchGeography geography, TimeProvider clock)
    : PageModel
{
    public Edition? Current { get; private set; }
    public HomeFigures? Figures { get; private set; }
    public LabellingCountdown? Labelling { get; private set; }
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<PastEdition> PastEditions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = catalogue.Current;
        Current = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
        if (Current is not null)
        {
            Figures = await figures.GetAsync(db, snapshot, Current, ct);
            Labelling = LabellingCountdown.For(Current, LabellingCountdown.Today(clock));
        }
        Regions = geography.Regions.ToList();
        PastEditions = snapshot.Editions
            .Where(e => e.Id != Current?.Id)
            .Select(e => new PastEdition(e.Year, e.Number, e.Theme, snapshot.EventsOf(e.Id).Length))
            .ToList();
    }

    public sealed record PastEdition(int Year, int Number, string? Theme, int EventCount);
}
