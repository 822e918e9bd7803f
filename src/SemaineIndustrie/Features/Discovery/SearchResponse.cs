using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// A page of labelled events and the facet counts of the search, as the map page fetches them.
public sealed record SearchResponse(int Total, int Page, int PageSize, int PageCount, IReadOnlyList<SearchResponseItem> Items, Facets Facets)
{
    public static SearchResponse From(SearchResult result, CatalogueSnapshot catalogue) => new(
        result.Total, result.Page, result.PageSize, result.PageCount,
        result.Items.Select(c => new SearchResponseItem(c.Id, c.Title, c.Summary, EventUrls.Page(c.Id, c.Slug), c.OrganisationName,
            catalogue.Types.Label(c.TypeCode), SearchParameters.FormatCodes[c.Format], EventLabels.PublicStatus(c.PublicStatus),
            c.RegionCode, c.DepartmentCode, c.CommuneName, c.PostalCode, c.Latitude, c.Longitude, c.FirstStartsAt, c.LastEndsAt,
            c.SessionCount, c.DistanceKm)).ToList(),
        result.Facets);
}

public sealed record SearchResponseItem(int Id, string Title, string Summary, string Url, string Organisation, string Type, string Format,
    string? Status, string Region, string Department, string? Commune, string? PostalCode, double? Latitude, double? Longitude,
    DateTime StartsAt, DateTime EndsAt, int Sessions, double? DistanceKm);
