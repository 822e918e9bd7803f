using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Features.OpenData;

/// A request to the open data: the public search's filters (parsed by the search's own parser, so
/// the same URL selects the same events) and, for the paged JSON, where to resume and how many.
public sealed record OpenDataQuery(SearchQuery Search, EventCursor? After, int Limit)
{
    public const string CursorParameter = "cursor";
    public const string LimitParameter = "limit";
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// The list's own paging and order make no sense here: the catalogue order is the only one a
    /// cursor can resume in whatever changes between two pages.
    private static readonly string[] SearchPaging = [SearchParameters.Page, SearchParameters.PageSize, SearchParameters.Sort];

    public static (OpenDataQuery Query, IReadOnlyList<SearchError> Errors) Parse(
        IQueryCollection values, CatalogueSnapshot catalogue, SearchQueryParser parser, bool paged)
    {
        var parsed = parser.Parse(values.Where(v => !SearchPaging.Contains(v.Key, StringComparer.OrdinalIgnoreCase)), catalogue);
        var errors = parsed.Errors.ToList();
        foreach (var key in SearchPaging.Where(values.ContainsKey))
        {
            if (key != SearchParameters.Sort || values[key].ToString() != SearchParameters.SortCodes[SearchSort.Date])
            {
                errors.Add(new(key, $"« {key} » ne s'applique pas à l'API : elle suit l'ordre du catalogue (date de la première séance) et se parcourt avec « {CursorParameter} » et « {LimitParameter} »."));
            }
        }
        var (after, limit) = (default(EventCursor?), DefaultLimit);
        if (paged)
        {
            after = ParseCursor(values[CursorParameter].ToString(), errors);
            limit = ParseLimit(values[LimitParameter].ToString(), errors);
        }
        else
        {
            errors.AddRange(new[] { CursorParameter, LimitParameter }.Where(values.ContainsKey)
                .Select(key => new SearchError(key, $"« {key} » ne s'applique qu'à /api/v1/events : ce format donne toute la sélection.")));
        }
        return (new OpenDataQuery(parsed.Query with { Sort = SearchSort.Date, Page = 1 }, after, limit), errors);
    }

    private static EventCursor? ParseCursor(string value, List<SearchError> errors)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (EventCursor.TryParse(value, out var cursor))
        {
            return cursor;
        }
        errors.Add(new(CursorParameter, "Curseur invalide : reprenez l'adresse « next » de la page précédente."));
        return null;
    }

    private static int ParseLimit(string value, List<SearchError> errors)
    {
        if (value.Length == 0)
        {
            return DefaultLimit;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit)
        {
            return limit;
        }
        errors.Add(new(LimitParameter, $"« {LimitParameter} » doit être un nombre entier entre 1 et {MaxLimit}."));
        return DefaultLimit;
    }
}

/// Where a page ends in the catalogue order: the first session and the id of its last event. The
/// next page starts after it, so events labelled or withdrawn meanwhile neither repeat nor shift it.
public readonly record struct EventCursor(DateTime StartsAt, int Id)
{
    public static EventCursor Of(IndexedEvent e) => new(e.FirstStartsAt, e.Id);

    public int CompareTo(EventCursor other) => StartsAt != other.StartsAt ? StartsAt.CompareTo(other.StartsAt) : Id.CompareTo(other.Id);

    public override string ToString() => WebEncoders.Base64UrlEncode(Encoding.ASCII.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{StartsAt.Ticks}.{Id}")));

    public static bool TryParse(string text, out EventCursor cursor)
    {
        cursor = default;
        string decoded;
        try
        {
            decoded = Encoding.ASCII.GetString(WebEncoders.Base64UrlDecode(text));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = decoded.Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }
        cursor = new EventCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
