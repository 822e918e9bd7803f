using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// A validated public search: everything the list, the map and the API filter on. Within one
/// dimension the values are alternatives (OR); dimensions combine with AND; accessibility needs all
/// combine with AND because a visitor needs every one they tick.
public sealed record SearchQuery
{
    public int EditionId { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<string> Words { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Departments { get; init; } = [];
    public string? CommuneCode { get; init; }
    public string? PostalCode { get; init; }
    public GeoPoint? Near { get; init; }
    public double RadiusKm { get; init; } = SearchLimits.DefaultRadiusKm;
    public GeoBox? Box { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<EventFormat> Formats { get; init; } = [];
    public Accessibility Accessibility { get; init; }

    /// « places disponibles »: events a visitor can still get a seat for.
    public bool SeatsAvailable { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Date;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = SearchLimits.DefaultPageSize;
}

public sealed record GeoPoint(double Latitude, double Longitude);

public sealed record GeoBox(double LatMin, double LatMax, double LonMin, double LonMax)
{
    public bool Contains(double lat, double lon) => lat >= LatMin && lat <= LatMax && lon >= LonMin && lon <= LonMax;
}

public enum SearchSort { Date, Distance, Relevance }

public sealed record SearchError(string Parameter, string Message);

public static class SearchLimits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;
    public const int MaxValuesPerFilter = 30;
    public const double DefaultRadiusKm = 20;
    public const double MaxRadiusKm = 300;
}

/// Flat-earth distance, precise enough within a few hundred kilometres and written with plain
/// arithmetic so SQLite, PostgreSQL and the in-memory index compute the same figure.
public static class Distance
{
    public const double KmPerDegree = 111.195;

    public static double LongitudeFactor(double latitude) => Math.Cos(latitude * Math.PI / 180) * KmPerDegree;

    public static double SquaredKm(GeoPoint from, double lat, double lon)
    {
        var dx = (lon - from.Longitude) * LongitudeFactor(from.Latitude);
        var dy = (lat - from.Latitude) * KmPerDegree;
        return (dx * dx) + (dy * dy);
    }
}
