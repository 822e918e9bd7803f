using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Discovery;

/// The public search as plain database queries: the reference the in-memory <see cref="EventIndex"/>
/// is tested against (STYLE §6). Same filters, facets, orders and cards; the snapshot only supplies
/// the edition's lists. Serves visitors only while the index is still loading an edition.
public sealed class DatabaseEventSearch(AppDbContext db, CatalogueHolder holder, FrenchGeography geography) : IEventSearch
{
    public async ValueTask<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        var catalogue = holder.Current;
        var narrowed = db.Events.AsNoTracking().Published(query.EditionId).WhereBase(query);
        var matching = narrowed.WhereDimensions(query, catalogue);
        var total = await matching.CountAsync(ct);
        var counts = await CountFacetsAsync(narrowed, matching, query, catalogue, ct);
        var items = await PageAsync(matching, query, ct);
        return new SearchResult(total, query.Page, query.PageSize, items, counts.Build(query, catalogue, geography));
    }

    /// An alternative dimension counts over every filter but its own; accessibility needs combine
    /// with AND, so they count over the fully filtered events.
    private static async Task<FacetCounts> CountFacetsAsync(IQueryable<Event> narrowed, IQueryable<Event> matching, SearchQuery query,
        CatalogueSnapshot catalogue, CancellationToken ct)
    {
        IQueryable<Event> Without(Dimension dimension) => narrowed.WhereDimensions(query, catalogue, except: dimension);
        var counts = new FacetCounts();
        await CountAsync(Without(Dimension.Region).Select(e => e.Place.RegionCode), counts.Regions, ct);
        await CountAsync(Without(Dimension.Department).Select(e => e.Place.DepartmentCode), counts.Departments, ct);
        await CountAsync(Without(Dimension.Type).Select(e => e.TypeCode), counts.Types, ct);
        await CountAsync(Without(Dimension.Sector).Where(e => e.SectorCode != null).Select(e => e.SectorCode!), counts.Sectors, ct);
        await CountAsync(Without(Dimension.Audience).SelectMany(e => e.Terms).Where(t => t.Kind == TermKind.Audience).Select(t => t.Code),
            counts.Audiences, ct);
        await CountAsync(Without(Dimension.Theme).SelectMany(e => e.Terms).Where(t => t.Kind == TermKind.Theme).Select(t => t.Code),
            counts.Themes, ct);
        await CountAsync(Without(Dimension.Format).Select(e => e.Format), counts.Formats, ct);

        var combinations = new Dictionary<Accessibility, int>();
        await CountAsync(matching.Select(e => e.Accessibility), combinations, ct);
        foreach (var (combination, count) in combinations)
        {
            foreach (var need in EventLabels.Needs(combination))
            {
                counts.Accessibility[need] = counts.Accessibility.GetValueOrDefault(need) + count;
            }
        }
        return counts;
    }

    private static async Task CountAsync<TKey>(IQueryable<TKey> keys, Dictionary<TKey, int> into, CancellationToken ct) where TKey : notnull
    {
        var rows = await keys.GroupBy(k => k).Select(g => new FacetRow<TKey>(g.Key, g.Count())).ToListAsync(ct);
        foreach (var row in rows)
        {
            into[row.Key] = row.Count;
        }
    }

    private async Task<List<EventCard>> PageAsync(IQueryable<Event> matching, SearchQuery query, CancellationToken ct)
    {
        var skip = (int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize);
        List<CardRow> rows;
        if (query.Sort == SearchSort.Relevance)
        {
            var ids = await RankByRelevanceAsync(matching, query, skip, ct);
            var byId = (await Cards(db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))).ToListAsync(ct)).ToDictionary(c => c.Id);
            rows = ids.Select(id => byId[id]).ToList();
        }
        else
        {
            var ordered = query.Sort == SearchSort.Distance && query.Near is { } near
                ? matching.OrderBy(DatabaseEventFilters.SquaredKm(near)).ThenBy(e => e.Id)
                : matching.OrderBy(e => e.FirstStartsAt).ThenBy(e => e.Id);
            rows = await Cards(ordered.Skip(skip).Take(query.PageSize)).ToListAsync(ct);
        }
        return rows.Select(r => r.ToCard(query.Near)).ToList();
    }

    /// The database has no scoring: rank the filtered events here with the index's own rule.
    private static async Task<List<int>> RankByRelevanceAsync(IQueryable<Event> matching, SearchQuery query, int skip, CancellationToken ct)
    {
        var words = query.Words.Select(w => " " + w).ToArray();
        var candidates = await matching.Select(e => new { e.Id, e.Title, e.SearchText, e.FirstStartsAt }).ToListAsync(ct);
        return candidates
            .OrderByDescending(e => SearchRelevance.Score(words, FrenchText.Fold(e.Title), e.SearchText))
            .ThenBy(e => e.FirstStartsAt).ThenBy(e => e.Id)
            .Skip(skip).Take(query.PageSize)
            .Select(e => e.Id).ToList();
    }

    private static IQueryable<CardRow> Cards(IQueryable<Event> events) => events.Select(e => new CardRow
    {
        Id = e.Id, Slug = e.Slug, Title = e.Title, Summary = e.Summary, OrganisationName = e.Organisation!.Name, TypeCode = e.TypeCode,
        Format = e.Format, PublicStatus = e.PublicStatus, RegionCode = e.Place.RegionCode, DepartmentCode = e.Place.DepartmentCode,
        CommuneName = e.Place.CommuneName, PostalCode = e.Place.PostalCode, Latitude = e.Place.Latitude, Longitude = e.Place.Longitude,
        FirstStartsAt = e.FirstStartsAt, LastEndsAt = e.LastEndsAt, SessionCount = e.Sessions.Count,
    });

    private sealed record FacetRow<TKey>(TKey Key, int Count);

    private sealed class CardRow
    {
        public int Id { get; init; }
        public required string Slug { get; init; }
        public required string Title { get; init; }
        public required string Summary { get; init; }
        public required string OrganisationName { get; init; }
        public required string TypeCode { get; init; }
        public EventFormat Format { get; init; }
        public PublicStatus PublicStatus { get; init; }
        public required string RegionCode { get; init; }
        public required string DepartmentCode { get; init; }
        public string? CommuneName { get; init; }
        public string? PostalCode { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public DateTime FirstStartsAt { get; init; }
        public DateTime LastEndsAt { get; init; }
        public int SessionCount { get; init; }

        /// The distance is rounded as <see cref="EventIndex.Card"/> rounds it.
        public EventCard ToCard(GeoPoint? near) => new(Id, Slug, Title, Summary, OrganisationName, TypeCode, Format, PublicStatus,
            RegionCode, DepartmentCode, CommuneName, PostalCode, Latitude, Longitude, FirstStartsAt, LastEndsAt, SessionCount,
            near is not null && Latitude is { } lat ? Math.Round(Math.Sqrt(Distance.SquaredKm(near, lat, Longitude!.Value)), 1) : null);
    }
}
