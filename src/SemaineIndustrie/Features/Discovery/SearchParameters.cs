using System.Globalization;
using System.Text;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// The French names of the search parameters in URLs, and the way back from a query to its URL so
/// that every state of the search is a link.
public static class SearchParameters
{
    public const string Text = "q";
    public const string Edition = "edition";
    public const string Region = "region";
    public const string Department = "departement";
    public const string Commune = "commune";
    public const string PostalCode = "cp";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    public const string Radius = "rayon";
    public const string LatMin = "lat_min";
    public const string LatMax = "lat_max";
    public const string LonMin = "lon_min";
    public const string LonMax = "lon_max";
    public const string From = "du";
    public const string To = "au";
    public const string Type = "type";
    public const string Audience = "public";
    public const string Theme = "theme";
    public const string Sector = "filiere";
    public const string Format = "format";
    public const string Accessibility = "accessibilite";
    public const string Seats = "places";
    public const string Sort = "tri";
    public const string Page = "page";
    public const string PageSize = "taille";
    public const string Zoom = "zoom";

    public static readonly IReadOnlyDictionary<EventFormat, string> FormatCodes = new Dictionary<EventFormat, string>
    {
        [EventFormat.OnSite] = "sur-place", [EventFormat.Online] = "en-ligne", [EventFormat.Mixed] = "mixte",
    };

    public static readonly IReadOnlyDictionary<Events.Accessibility, string> AccessibilityCodes = new Dictionary<Events.Accessibility, string>
    {
        [Events.Accessibility.Motor] = "moteur", [Events.Accessibility.Hearing] = "auditif", [Events.Accessibility.Visual] = "visuel",
        [Events.Accessibility.Cognitive] = "cognitif", [Events.Accessibility.Psychic] = "psychique",
    };

    public static readonly IReadOnlyDictionary<SearchSort, string> SortCodes = new Dictionary<SearchSort, string>
    {
        [SearchSort.Date] = "date", [SearchSort.Distance] = "distance", [SearchSort.Relevance] = "pertinence",
    };

    /// The query string of a search, in a fixed order; <paramref name="editionYear"/> is left out for
    /// the current edition and the page is left out when it is the first.
    public static string ToQueryString(SearchQuery query, int? editionYear)
    {
        var parts = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(key, value));
            }
        }
        void AddAll(string key, IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                Add(key, value);
            }
        }
        static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

        Add(Text, query.Text);
        Add(Edition, editionYear?.ToString(CultureInfo.InvariantCulture));
        AddAll(Region, query.Regions);
        AddAll(Department, query.Departments);
        Add(Commune, query.CommuneCode);
        Add(PostalCode, query.PostalCode);
        if (query.Near is { } near)
        {
            Add(Latitude, Number(near.Latitude));
            Add(Longitude, Number(near.Longitude));
            Add(Radius, Number(query.RadiusKm));
        }
        if (query.Box is { } box)
        {
            Add(LatMin, Number(box.LatMin));
            Add(LatMax, Number(box.LatMax));
            Add(LonMin, Number(box.LonMin));
            Add(LonMax, Number(box.LonMax));
        }
        Add(From, query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(To, query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddAll(Type, query.Types);
        AddAll(Audience, query.Audiences);
        AddAll(Theme, query.Themes);
        AddAll(Sector, query.Sectors);
        AddAll(Format, query.Formats.Select(f => FormatCodes[f]));
        AddAll(Accessibility, AccessibilityCodes.Where(a => query.Accessibility.HasFlag(a.Key)).Select(a => a.Value));
        if (query.SeatsAvailable)
        {
            Add(Seats, "1");
        }
        if (query.Sort != SearchQueryParser.DefaultSort(query))
        {
            Add(Sort, SortCodes[query.Sort]);
        }
        if (query.PageSize != SearchLimits.DefaultPageSize)
        {
            Add(PageSize, query.PageSize.ToString(CultureInfo.InvariantCulture));
        }
        if (query.Page > 1)
        {
            Add(Page, query.Page.ToString(CultureInfo.InvariantCulture));
        }
        if (parts.Count == 0)
        {
            return "";
        }
        var builder = new StringBuilder("?");
        foreach (var (key, value) in parts)
        {
            if (builder.Length > 1)
            {
                builder.Append('&');
            }
            builder.Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }
        return builder.ToString();
    }
}
