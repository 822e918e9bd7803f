using SemaineIndustrie.Features.Geography;
using System.Numerics;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// The public search over the in-memory catalogue: one pass over an edition's events computes the
/// page, the total and every facet. Results are cached per catalogue version.
public sealed class EventIndex(CatalogueHolder holder, FrenchGeography geography, SeatAvailability seats) : IEventSearch
{
    public ValueTask<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct) => ValueTask.FromResult(Search(query));

    public SearchResult Search(SearchQuery query)
    {
        var catalogue = holder.Current;
        return catalogue.Cached("search" + query.EditionId + SearchParameters.ToQueryString(query, null) + (query.SeatsAvailable ? "#" + seats.Version : ""),
            () => Compute(query, catalogue));
    }

    /// The events that pass every filter, in no particular order (the map clusters them).
    public IEnumerable<IndexedEvent> Matching(SearchQuery query, CatalogueSnapshot catalogue)
    {
        var filter = new EventFilter(query, catalogue, seats.FullEvents);
        return catalogue.EventsOf(query.EditionId).Where(e => filter.PassesBase(e) && filter.FailedDimensions(e) == 0);
    }

    private SearchResult Compute(SearchQuery query, CatalogueSnapshot catalogue)
    {
        var filter = new EventFilter(query, catalogue, seats.FullEvents);
        var counts = new FacetCounts();
        var matches = new List<IndexedEvent>();
        foreach (var e in catalogue.EventsOf(query.EditionId))
        {
            if (!filter.PassesBase(e))
            {
                continue;
            }
            var failed = filter.FailedDimensions(e);
            if (failed == 0)
            {
                matches.Add(e);
                Count(e, counts, catalogue, Dimension.All);
            }
            else if (BitOperations.IsPow2((int)failed) && failed != Dimension.Accessibility)
            {
                Count(e, counts, catalogue, failed);
            }
        }
        var ordered = Order(matches, query, filter);
        var skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue);
        var items = ordered.Skip(skip).Take(query.PageSize)
            .Select(e => Card(e, catalogue, query.Near)).ToList();
        return new SearchResult(matches.Count, query.Page, query.PageSize, items, counts.Build(query, catalogue, geography));
    }

    private static IEnumerable<IndexedEvent> Order(List<IndexedEvent> matches, SearchQuery query, EventFilter filter) => query.Sort switch
    {
        // Events are stored in date order, so the date sort is the stored order.
        SearchSort.Date => matches,
        SearchSort.Distance when query.Near is { } near => matches
            .OrderBy(e => e.Latitude is { } lat ? Distance.SquaredKm(near, lat, e.Longitude!.Value) : double.MaxValue).ThenBy(e => e.Id),
        SearchSort.Relevance => matches.OrderByDescending(filter.Relevance).ThenBy(e => e.FirstStartsAt).ThenBy(e => e.Id),
        _ => matches,
    };

    public static EventCard Card(IndexedEvent e, CatalogueSnapshot catalogue, GeoPoint? near) => new(
        e.Id, e.Slug, e.Title, e.Summary, e.OrganisationName, catalogue.Types.Items[e.Type].Code, e.Format, e.PublicStatus,
        e.RegionCode, e.DepartmentCode, e.CommuneName, e.PostalCode, e.Latitude, e.Longitude, e.FirstStartsAt, e.LastEndsAt,
        e.Sessions.Length,
        near is not null && e.Latitude is { } lat ? Math.Round(Math.Sqrt(Distance.SquaredKm(near, lat, e.Longitude!.Value)), 1) : null);

    private static void Count(IndexedEvent e, FacetCounts counts, CatalogueSnapshot catalogue, Dimension dimensions)
    {
        if (dimensions.HasFlag(Dimension.Region))
        {
            Increment(counts.Regions, e.RegionCode);
        }
        if (dimensions.HasFlag(Dimension.Department))
        {
            Increment(counts.Departments, e.DepartmentCode);
        }
        if (dimensions.HasFlag(Dimension.Type))
        {
            Increment(counts.Types, catalogue.Types.Items[e.Type].Code);
        }
        if (dimensions.HasFlag(Dimension.Sector) && e.Sector >= 0)
        {
            Increment(counts.Sectors, catalogue.Sectors.Items[e.Sector].Code);
        }
        if (dimensions.HasFlag(Dimension.Audience))
        {
            CountBits(e.Audiences, catalogue.Audiences, counts.Audiences);
        }
        if (dimensions.HasFlag(Dimension.Theme))
        {
            CountBits(e.Themes, catalogue.Themes, counts.Themes);
        }
        if (dimensions.HasFlag(Dimension.Format))
        {
            counts.Formats[e.Format] = counts.Formats.GetValueOrDefault(e.Format) + 1;
        }
        if (dimensions == Dimension.All)
        {
            foreach (var need in EventLabels.Needs(e.Accessibility))
            {
                counts.Accessibility[need] = counts.Accessibility.GetValueOrDefault(need) + 1;
            }
        }
    }

    private static void CountBits(ulong mask, TermList list, Dictionary<string, int> counts)
    {
        while (mask != 0)
        {
            var bit = BitOperations.TrailingZeroCount(mask);
            Increment(counts, list.Items[bit].Code);
            mask &= mask - 1;
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
