using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// The filters of <see cref="EventFilter"/> written as database predicates, with the same meaning:
/// text, place, area and dates narrow everything; each faceted dimension can be left out so its
/// own counts say what ticking one more value would add.
/// Every filter is always part of the query, switched on or off by a parameter: EF then compiles one
/// query per shape instead of one per combination of filters (several milliseconds each). EF.Parameter
/// keeps EF from inlining the switches as constants, which would bring back a shape per combination.
internal static class DatabaseEventFilters
{
    public static IQueryable<Event> Published(this IQueryable<Event> events, int editionId) =>
        events.Where(e => e.EditionId == editionId && e.Status == EventStatus.Labelled);

    public static IQueryable<Event> WhereBase(this IQueryable<Event> events, SearchQuery query)
    {
        foreach (var word in query.Words)
        {
            // The stored text is folded, so « word starts with » is a plain substring test after a space.
            var spaced = " " + word;
            events = events.Where(e => e.SearchText.Contains(spaced));
        }
        var (anyCommune, commune) = (query.CommuneCode is not null, query.CommuneCode ?? "");
        var (anyPostal, postal) = (query.PostalCode is not null, query.PostalCode ?? "");
        events = events.Where(e => (!EF.Parameter(anyCommune) || e.Place.CommuneCode == commune)
            && (!EF.Parameter(anyPostal) || e.Place.PostalCode == postal));

        var anyNear = query.Near is not null;
        var (lat0, lon0) = (query.Near?.Latitude ?? 0, query.Near?.Longitude ?? 0);
        var factor = Distance.LongitudeFactor(lat0);
        var perDegree = Distance.KmPerDegree;
        var squaredRadius = query.RadiusKm * query.RadiusKm;
        // Distance.SquaredKm operation for operation, so the database and the index agree to the last bit.
        events = events.Where(e => !EF.Parameter(anyNear) || (e.Place.Latitude != null && e.Place.Longitude != null
            && ((e.Place.Longitude!.Value - lon0) * factor * ((e.Place.Longitude!.Value - lon0) * factor))
                + ((e.Place.Latitude!.Value - lat0) * perDegree * ((e.Place.Latitude!.Value - lat0) * perDegree)) <= squaredRadius));

        var anyBox = query.Box is not null;
        var box = query.Box ?? new GeoBox(0, 0, 0, 0);
        events = events.Where(e => !EF.Parameter(anyBox) || (e.Place.Latitude >= box.LatMin && e.Place.Latitude <= box.LatMax
            && e.Place.Longitude >= box.LonMin && e.Place.Longitude <= box.LonMax));

        if (query.SeatsAvailable)
        {
            var full = SeatAvailability.Full(events).Select(e => e.Id);
            events = events.Where(e => !full.Contains(e.Id));
        }

        var anyDate = query.From is not null || query.To is not null;
        var (from, to) = SearchDates.UtcRange(query);
        (from, to) = (DateTime.SpecifyKind(from, DateTimeKind.Utc), DateTime.SpecifyKind(to, DateTimeKind.Utc));
        return events.Where(e => !EF.Parameter(anyDate) || e.Sessions.Any(s => s.StartsAt < to && s.EndsAt > from));
    }

    public static IQueryable<Event> WhereDimensions(this IQueryable<Event> events, SearchQuery query, CatalogueSnapshot catalogue,
        Dimension except = Dimension.None)
    {
        var regions = query.Regions.ToList();
        var departments = query.Departments.ToList();
        // Like the index's bit masks, codes missing from the edition's lists select nothing and filter nothing.
        var types = Known(query.Types, catalogue.Types);
        var sectors = Known(query.Sectors, catalogue.Sectors);
        var audiences = Known(query.Audiences, catalogue.Audiences);
        var themes = Known(query.Themes, catalogue.Themes);
        var formats = query.Formats.ToList();
        var needs = except == Dimension.Accessibility ? Accessibility.None : query.Accessibility;

        var byRegion = regions.Count > 0 && except != Dimension.Region;
        var byDepartment = departments.Count > 0 && except != Dimension.Department;
        var byType = types.Count > 0 && except != Dimension.Type;
        var bySector = sectors.Count > 0 && except != Dimension.Sector;
        var byAudience = audiences.Count > 0 && except != Dimension.Audience;
        var byTheme = themes.Count > 0 && except != Dimension.Theme;
        var byFormat = formats.Count > 0 && except != Dimension.Format;

        return events.Where(e =>
            (!EF.Parameter(byRegion) || regions.Contains(e.Place.RegionCode))
            && (!EF.Parameter(byDepartment) || departments.Contains(e.Place.DepartmentCode))
            && (!EF.Parameter(byType) || types.Contains(e.TypeCode))
            && (!EF.Parameter(bySector) || (e.SectorCode != null && sectors.Contains(e.SectorCode)))
            && (!EF.Parameter(byAudience) || e.Terms.Any(t => t.Kind == TermKind.Audience && audiences.Contains(t.Code)))
            && (!EF.Parameter(byTheme) || e.Terms.Any(t => t.Kind == TermKind.Theme && themes.Contains(t.Code)))
            && (!EF.Parameter(byFormat) || formats.Contains(e.Format))
            && (e.Accessibility & needs) == needs);
    }

    /// The same formula as a sort key.
    public static Expression<Func<Event, double>> SquaredKm(GeoPoint near)
    {
        var (lat0, lon0) = (near.Latitude, near.Longitude);
        var factor = Distance.LongitudeFactor(near.Latitude);
        var perDegree = Distance.KmPerDegree;
        return e => ((e.Place.Longitude!.Value - lon0) * factor * ((e.Place.Longitude!.Value - lon0) * factor))
            + ((e.Place.Latitude!.Value - lat0) * perDegree * ((e.Place.Latitude!.Value - lat0) * perDegree));
    }

    private static List<string> Known(IReadOnlyList<string> codes, TermList list) => codes.Where(list.Contains).ToList();
}
