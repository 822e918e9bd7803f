using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Discovery;

/// The list of labelled events with its filters and the map. Works without JavaScript: the form is
/// a plain GET, so every state of the search is a URL; the map script only narrows it further.
[OutputCache(PolicyName = WebSetup.CataloguePagePolicy)]
public sealed class IndexModel(SearchQueryParser parser, CatalogueHolder holder, CatalogueSearch search, FrenchGeography geography, IConfiguration configuration) : PageModel
{
    public SearchQuery Query { get; private set; } = new();
    public SearchResult Result { get; private set; } = null!;
    public CatalogueSnapshot Catalogue { get; private set; } = null!;
    public EditionSummary? Edition { get; private set; }
    public int? EditionYear { get; private set; }
    public IReadOnlyList<string> Messages { get; private set; } = [];
    public FrenchGeography Geography => geography;
    public string TileUrl => configuration["Map:TileUrl"] ?? "";
    public string TileAttribution => configuration["Map:TileAttribution"] ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Catalogue = holder.Current;
        var parsed = parser.Parse(Request.Query, Catalogue);
        var messages = parsed.Errors.Select(e => e.Message).ToList();
        (Query, EditionYear) = (parsed.Query, parsed.ExplicitEditionYear);
        Edition = Catalogue.Edition(Query.EditionId);
        Result = await search.SearchAsync(Query, ct);
        if (Query.Page > Result.PageCount)
        {
            messages.Add($"La page {Query.Page} n'existe pas : voici la dernière page ({Result.PageCount}).");
            Query = Query with { Page = Result.PageCount };
            Result = await search.SearchAsync(Query, ct);
        }
        Messages = messages;
    }

    public string SearchUrl(SearchQuery query) => "/evenements" + SearchParameters.ToQueryString(query, EditionYear);

    /// The link to a changed search, back on its first page.
    public string Toggle(SearchQuery query) => SearchUrl(query with { Page = 1 });

    /// Each active filter with the link that removes it.
    public IEnumerable<(string Label, string Url)> ActiveFilters()
    {
        var q = Query;
        if (q.Text is not null)
        {
            yield return ($"« {q.Text} »", Toggle(q with { Text = null, Words = [], Sort = SearchSort.Date }));
        }
        foreach (var code in q.Regions)
        {
            yield return (RegionName(code), Toggle(q with { Regions = Flip(q.Regions, code) }));
        }
        foreach (var code in q.Departments)
        {
            yield return (DepartmentName(code), Toggle(q with { Departments = Flip(q.Departments, code) }));
        }
        if (q.CommuneCode is { } commune)
        {
            yield return (geography.Commune(commune)?.Name ?? commune, Toggle(q with { CommuneCode = null }));
        }
        if (q.PostalCode is { } postal)
        {
            yield return ($"Code postal {postal}", Toggle(q with { PostalCode = null }));
        }
        if (q.Near is not null)
        {
            yield return ($"À moins de {q.RadiusKm:0.#} km", Toggle(q with { Near = null, Sort = SearchSort.Date }));
        }
        if (q.Box is not null)
        {
            yield return ("Zone de la carte", Toggle(q with { Box = null }));
        }
        if (q.From is not null || q.To is not null)
        {
            yield return (DateRange(q.From, q.To), Toggle(q with { From = null, To = null }));
        }
        foreach (var (codes, list, set) in new (IReadOnlyList<string>, TermList, Func<IReadOnlyList<string>, SearchQuery>)[]
        {
            (q.Types, Catalogue.Types, v => q with { Types = v }), (q.Audiences, Catalogue.Audiences, v => q with { Audiences = v }),
            (q.Themes, Catalogue.Themes, v => q with { Themes = v }), (q.Sectors, Catalogue.Sectors, v => q with { Sectors = v }),
        })
        {
            foreach (var code in codes)
            {
                yield return (list.Label(code), Toggle(set(Flip(codes, code))));
            }
        }
        foreach (var format in q.Formats)
        {
            yield return (Events.EventLabels.Format(format), Toggle(q with { Formats = q.Formats.Where(f => f != format).ToList() }));
        }
        foreach (var need in Events.EventLabels.Needs(q.Accessibility))
        {
            yield return (Events.EventLabels.Accessibility(need), Toggle(q with { Accessibility = q.Accessibility & ~need }));
        }
    }

    private static string DateRange(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => $"Du {f:dd/MM/yyyy} au {t:dd/MM/yyyy}",
        ({ } f, null) => $"À partir du {f:dd/MM/yyyy}",
        (null, { } t) => $"Jusqu'au {t:dd/MM/yyyy}",
        _ => "",
    };

    public static IReadOnlyList<string> Flip(IReadOnlyList<string> values, string value) =>
        values.Contains(value) ? values.Where(v => v != value).ToList() : [.. values, value];

    public string RegionName(string code) => geography.Region(code)?.Name ?? code;

    public string DepartmentName(string code) => geography.Department(code) is { } d ? $"{d.Name} ({d.Code})" : code;
}
