using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.OpenData;

/// The embeddable list for partner sites (a region, an académie, a federation): the events of a
/// search, in the search's own order, each linking to its page on the platform. Framed by any site,
/// so it carries no cookie, no form and no script, and is cached like the search pages.
[OutputCache(PolicyName = WebSetup.CataloguePagePolicy)]
public sealed class WidgetModel(SearchQueryParser parser, CatalogueHolder holder, CatalogueSearch search, FrenchGeography geography, PublicSite site) : PageModel
{
    public const string Count = "nombre";
    public const int DefaultCount = 10;
    public const int MaxCount = 50;

    public record Item(string Title, string Url, string Type, string When, string Where, string? Status);

    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int Total { get; private set; }
    public EditionSummary? Edition { get; private set; }
    public string SearchUrl { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var catalogue = holder.Current;
        var parsed = parser.Parse(Request.Query, catalogue);
        var count = int.TryParse(Request.Query[Count], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxCount) : DefaultCount;
        var query = parsed.Query with { Page = 1, PageSize = count };
        var result = await search.SearchAsync(query, ct);
        var origin = site.BaseUrl;
        Total = result.Total;
        Edition = catalogue.Edition(query.EditionId);
        SearchUrl = origin + "/evenements" + SearchParameters.ToQueryString(query with { PageSize = SearchLimits.DefaultPageSize }, parsed.ExplicitEditionYear);
        Items = result.Items.Select(c => new Item(c.Title, origin + EventUrls.Page(c.Id, c.Slug), catalogue.Types.Label(c.TypeCode),
            When(c), c.CommuneName is null ? geography.Region(c.RegionCode)?.Name ?? EventLabels.Format(c.Format) : $"{c.CommuneName} ({c.PostalCode})",
            EventLabels.PublicStatus(c.PublicStatus))).ToList();
        // Partner sites frame this page; every other page keeps the browsers' default.
        Response.Headers.ContentSecurityPolicy = "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'";
        Response.Headers.CacheControl = "public, max-age=300";
    }

    private string When(EventCard c)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(c.RegionCode));
        return c.SessionCount == 1
            ? FrenchFormat.Slot(c.FirstStartsAt, c.LastEndsAt, zone)
            : $"{c.SessionCount} séances, {FrenchFormat.Range(DateOnly.FromDateTime(FrenchFormat.ToLocal(c.FirstStartsAt, zone)), DateOnly.FromDateTime(FrenchFormat.ToLocal(c.LastEndsAt, zone)))}";
    }
}
