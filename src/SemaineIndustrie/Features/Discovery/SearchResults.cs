using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// A labelled event as a result card in the list and the API.
public sealed record EventCard(int Id, string Slug, string Title, string Summary, string OrganisationName, string TypeCode,
    EventFormat Format, PublicStatus PublicStatus, string RegionCode, string DepartmentCode, string? CommuneName, string? PostalCode,
    double? Latitude, double? Longitude, DateTime FirstStartsAt, DateTime LastEndsAt, int SessionCount, double? DistanceKm);

public sealed record FacetValue(string Code, string Label, int Count);

public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<EventCard> Items, Facets Facets)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// Matching events per filter value. For a dimension whose values are alternatives, a value's count
/// ignores that dimension's own selection, so it says how many events ticking it would add.
public sealed record Facets(
    IReadOnlyList<FacetValue> Regions, IReadOnlyList<FacetValue> Departments, IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Audiences, IReadOnlyList<FacetValue> Themes, IReadOnlyList<FacetValue> Sectors,
    IReadOnlyList<FacetValue> Formats, IReadOnlyList<FacetValue> Accessibility);

/// The public search, answered either by the in-memory index (what the site uses) or by a plain
/// database query (the reference it is tested against).
public interface IEventSearch
{
    ValueTask<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct);
}
