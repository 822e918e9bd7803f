using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features;

[OutputCache(PolicyName = WebSetup.CataloguePagePolicy)]
public sealed class IndexModel(CatalogueHolder catalogue, FrenchGeography geography) : PageModel
{
    public EditionSummary? Current { get; private set; }
    public int EventCount { get; private set; }
    public int RegionCount { get; private set; }
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<PastEdition> PastEditions { get; private set; } = [];

    public void OnGet()
    {
        var snapshot = catalogue.Current;
        Current = snapshot.CurrentEdition;
        var events = Current is null ? [] : snapshot.EventsOf(Current.Id);
        EventCount = events.Length;
        RegionCount = events.Select(e => e.RegionCode).Distinct(StringComparer.Ordinal).Count();
        Regions = geography.Regions.ToList();
        PastEditions = snapshot.Editions
            .Where(e => e.Id != Current?.Id)
            .Select(e => new PastEdition(e.Year, e.Number, e.Theme, snapshot.EventsOf(e.Id).Length))
            .ToList();
    }

    public sealed record PastEdition(int Year, int Number, string? Theme, int EventCount);
}
