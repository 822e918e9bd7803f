using System.Globalization;
using Microsoft.Extensions.Primitives;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using P = SemaineIndustrie.Features.Discovery.SearchParameters;

namespace SemaineIndustrie.Features.Discovery;

public sealed record ParsedSearch(SearchQuery Query, IReadOnlyList<SearchError> Errors, int? ExplicitEditionYear);

/// Reads a search from a query string. Every value that cannot be used gives a French message
/// naming its parameter and is left out, so a page can still show sensible results and the API can
/// answer 400 with all the problems at once.
public sealed class SearchQueryParser(FrenchGeography geography)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static SearchSort DefaultSort(SearchQuery query) =>
        query.Words.Count > 0 ? SearchSort.Relevance : query.Near is not null ? SearchSort.Distance : SearchSort.Date;

    public ParsedSearch Parse(IEnumerable<KeyValuePair<string, StringValues>> values, CatalogueSnapshot catalogue)
    {
        var input = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new List<SearchError>();
        string? One(string key) => input.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) ? v[^1]?.Trim() : null;
        IEnumerable<string> Many(string key)
        {
            if (!input.TryGetValue(key, out var v))
            {
                return [];
            }
            var all = v.SelectMany(x => (x ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
            if (all.Count > SearchLimits.MaxValuesPerFilter)
            {
                errors.Add(new(key, $"Trop de valeurs pour « {key} » : {SearchLimits.MaxValuesPerFilter} au plus."));
                return all.Take(SearchLimits.MaxValuesPerFilter);
            }
            return all;
        }
        List<string> Known(string key, Func<string, bool> isKnown, string unknown) =>
            Many(key).Where(code =>
            {
                if (isKnown(code))
                {
                    return true;
                }
                errors.Add(new(key, $"{unknown} : « {Shorten(code)} »."));
                return false;
            }).ToList();

        var (edition, explicitYear) = ParseEdition(One(P.Edition), catalogue, errors);
        var text = One(P.Text);
        if (text is { Length: > SearchLimits.MaxTextLength })
        {
            errors.Add(new(P.Text, $"La recherche est limitée à {SearchLimits.MaxTextLength} caractères : la suite a été ignorée."));
            text = text[..SearchLimits.MaxTextLength];
        }
        var words = FrenchText.Words(text).Distinct().Take(12).ToList();

        var query = new SearchQuery
        {
            EditionId = edition,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Words = words,
            Regions = Known(P.Region, c => geography.Region(c) is not null, "Région inconnue"),
            Departments = Known(P.Department, c => geography.Department(c) is not null, "Département inconnu"),
            CommuneCode = ParseCommune(One(P.Commune), errors),
            PostalCode = ParsePostalCode(One(P.PostalCode), errors),
            Types = Known(P.Type, catalogue.Types.Contains, "Type d'événement inconnu"),
            Audiences = Known(P.Audience, catalogue.Audiences.Contains, "Public inconnu"),
            Themes = Known(P.Theme, catalogue.Themes.Contains, "Thématique inconnue"),
            Sectors = Known(P.Sector, catalogue.Sectors.Contains, "Filière inconnue"),
            Formats = Known(P.Format, c => P.FormatCodes.Values.Contains(c), "Format inconnu")
                .Select(c => P.FormatCodes.Single(f => f.Value == c).Key).ToList(),
            Accessibility = Known(P.Accessibility, c => P.AccessibilityCodes.Values.Contains(c), "Besoin d'accessibilité inconnu")
                .Aggregate(Accessibility.None, (all, c) => all | P.AccessibilityCodes.Single(a => a.Value == c).Key),
        };
        query = query with { Near = ParseNear(One, errors), Box = ParseBox(One, errors), SeatsAvailable = ParseSeats(One(P.Seats), errors) };
        if (query.Near is not null)
        {
            query = query with { RadiusKm = Number(One(P.Radius), P.Radius, 1, SearchLimits.MaxRadiusKm, errors) ?? SearchLimits.DefaultRadiusKm };
        }
        query = ParseDates(query, One(P.From), One(P.To), errors);
        query = query with
        {
            Sort = ParseSort(One(P.Sort), query, errors),
            Page = Integer(One(P.Page), P.Page, 1, int.MaxValue, "La page doit être un nombre entier à partir de 1.", errors) ?? 1,
            PageSize = Integer(One(P.PageSize), P.PageSize, 1, SearchLimits.MaxPageSize,
                $"La taille de page doit être comprise entre 1 et {SearchLimits.MaxPageSize}.", errors) ?? SearchLimits.DefaultPageSize,
        };
        return new ParsedSearch(query, errors, explicitYear);
    }

    private static (int EditionId, int? ExplicitYear) ParseEdition(string? value, CatalogueSnapshot catalogue, List<SearchError> errors)
    {
        var current = catalogue.CurrentEdition;
        if (value is null)
        {
            return (current?.Id ?? 0, null);
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && catalogue.EditionOfYear(year) is { } edition)
        {
            return (edition.Id, edition.Id == current?.Id ? null : edition.Year);
        }
        errors.Add(new(P.Edition, $"Aucune édition pour l'année « {Shorten(value)} » : voici l'édition en cours."));
        return (current?.Id ?? 0, null);
    }

    private string? ParseCommune(string? value, List<SearchError> errors)
    {
        if (value is null || geography.Commune(value) is not null)
        {
            return value;
        }
        errors.Add(new(P.Commune, $"Code commune (INSEE) inconnu : « {Shorten(value)} »."));
        return null;
    }

    private string? ParsePostalCode(string? value, List<SearchError> errors)
    {
        if (value is null || (value.Length == 5 && value.All(char.IsAsciiDigit) && geography.CommunesWithPostalCode(value).Count > 0))
        {
            return value;
        }
        errors.Add(new(P.PostalCode, $"Code postal inconnu : « {Shorten(value)} » (5 chiffres attendus)."));
        return null;
    }

    private static GeoPoint? ParseNear(Func<string, string?> one, List<SearchError> errors)
    {
        var (lat, lon) = (one(P.Latitude), one(P.Longitude));
        if (lat is null && lon is null)
        {
            return null;
        }
        if (lat is null || lon is null)
        {
            errors.Add(new(lat is null ? P.Latitude : P.Longitude, "La recherche autour d'un point demande une latitude (lat) et une longitude (lon)."));
            return null;
        }
        var latitude = Number(lat, P.Latitude, -90, 90, errors);
        var longitude = Number(lon, P.Longitude, -180, 180, errors);
        return latitude is { } y && longitude is { } x ? new GeoPoint(y, x) : null;
    }

    private static GeoBox? ParseBox(Func<string, string?> one, List<SearchError> errors)
    {
        string[] keys = [P.LatMin, P.LatMax, P.LonMin, P.LonMax];
        var raw = keys.Select(one).ToArray();
        if (raw.All(v => v is null))
        {
            return null;
        }
        if (raw.Any(v => v is null))
        {
            errors.Add(new(keys[Array.FindIndex(raw, v => v is null)], "La zone de la carte demande lat_min, lat_max, lon_min et lon_max."));
            return null;
        }
        var latMin = Number(raw[0], P.LatMin, -90, 90, errors);
        var latMax = Number(raw[1], P.LatMax, -90, 90, errors);
        var lonMin = Number(raw[2], P.LonMin, -180, 180, errors);
        var lonMax = Number(raw[3], P.LonMax, -180, 180, errors);
        if (latMin is null || latMax is null || lonMin is null || lonMax is null)
        {
            return null;
        }
        if (latMin > latMax)
        {
            errors.Add(new(P.LatMin, "lat_min doit être inférieure ou égale à lat_max."));
            return null;
        }
        if (lonMin > lonMax)
        {
            errors.Add(new(P.LonMin, "lon_min doit être inférieure ou égale à lon_max."));
            return null;
        }
        return new GeoBox(latMin.Value, latMax.Value, lonMin.Value, lonMax.Value);
    }

    private static SearchQuery ParseDates(SearchQuery query, string? from, string? to, List<SearchError> errors)
    {
        var start = Date(from, P.From, errors);
        var end = Date(to, P.To, errors);
        if (start is not null && end is not null && start > end)
        {
            errors.Add(new(P.To, "La date de fin (au) doit suivre la date de début (du)."));
            end = null;
        }
        return query with { From = start, To = end };
    }

    private static SearchSort ParseSort(string? value, SearchQuery query, List<SearchError> errors)
    {
        var fallback = DefaultSort(query);
        if (value is null)
        {
            return fallback;
        }
        var match = P.SortCodes.FirstOrDefault(s => s.Value == value);
        if (match.Value is null)
        {
            errors.Add(new(P.Sort, $"Tri inconnu : « {Shorten(value)} » (date, distance ou pertinence)."));
            return fallback;
        }
        if (match.Key == SearchSort.Distance && query.Near is null)
        {
            errors.Add(new(P.Sort, "Le tri par distance demande un point de départ (lat et lon)."));
            return fallback;
        }
        if (match.Key == SearchSort.Relevance && query.Words.Count == 0)
        {
            errors.Add(new(P.Sort, "Le tri par pertinence demande un texte recherché (q)."));
            return fallback;
        }
        return match.Key;
    }

    private static DateOnly? Date(string? value, string key, List<SearchError> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }
        errors.Add(new(key, $"Date invalide pour « {key} » : « {Shorten(value)} » (format attendu AAAA-MM-JJ)."));
        return null;
    }

    private static double? Number(string? value, string key, double min, double max, List<SearchError> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= min && number <= max)
        {
            return number;
        }
        errors.Add(new(key, $"Valeur invalide pour « {key} » : un nombre entre {min.ToString(CultureInfo.InvariantCulture)} et {max.ToString(CultureInfo.InvariantCulture)} est attendu."));
        return null;
    }

    private static int? Integer(string? value, string key, int min, int max, string message, List<SearchError> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors.Add(new(key, message));
        return null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static bool ParseSeats(string? value, List<SearchError> errors)
    {
        if (value is null or "0")
        {
            return false;
        }
        if (value == "1")
        {
            return true;
        }
        errors.Add(new(P.Seats, $"« {P.Seats} » vaut 1 (seulement les événements avec des places) : « {Shorten(value)} » n'est pas compris."));
        return false;
    }
}
