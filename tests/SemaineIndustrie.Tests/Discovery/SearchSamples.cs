using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Tests.Discovery;

/// Deterministic pseudo-random searches drawn from the demonstration catalogue itself (words of real
/// titles, places of real events, dates inside the edition), so most of them match something.
internal static class SearchSamples
{
    private static readonly string[] CommonWords = ["metallurgie", "visite", "job", "usine", "atelier", "forum", "industrie", "robot", "decouv", "portes"];
    private static readonly int[] PageSizes = [5, 10, 20, 50, 100];
    private static readonly double[] Radii = [5, 20, 50, 150];

    public static List<SearchQuery> Generate(CatalogueSnapshot catalogue, FrenchGeography geography, int count, int seed = 2026)
    {
        var random = new Random(seed);
        var current = catalogue.CurrentEdition ?? throw new InvalidOperationException("No edition in the catalogue.");
        var pastEditions = catalogue.Editions.Where(e => e.Id != current.Id && catalogue.EventsOf(e.Id).Length > 0).ToList();
        var regions = geography.Regions.Select(r => r.Code).ToArray();
        T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
        bool Chance(double p) => random.NextDouble() < p;
        List<string> Some(IEnumerable<string> codes, int max) => codes.OrderBy(_ => random.Next()).Take(random.Next(1, max + 1)).ToList();

        var queries = new List<SearchQuery>();
        for (var i = 0; i < count; i++)
        {
            var edition = i % 7 == 6 && pastEditions.Count > 0 ? Pick(pastEditions) : current;
            var events = catalogue.EventsOf(edition.Id);
            var located = events.Where(e => e.Latitude is not null).ToArray();
            var query = new SearchQuery { EditionId = edition.Id };

            if (Chance(0.4))
            {
                var words = new List<string> { Chance(0.5) ? Pick(CommonWords) : Pick(FrenchText.Words(Pick(events).Title).Where(w => w.Length >= 3).ToList()) };
                if (Chance(0.3))
                {
                    words.Add(Pick(FrenchText.Words(Pick(events).Title)));
                }
                query = query with { Text = string.Join(' ', words), Words = words.Distinct().ToList() };
            }
            if (Chance(0.2))
            {
                query = query with { Regions = Some(regions, 3) };
            }
            if (Chance(0.1))
            {
                query = query with { Departments = Some(events.Select(e => e.DepartmentCode).Distinct(), 2) };
            }
            if (Chance(0.05) && located.Length > 0 && Pick(located) is { CommuneCode: { } commune })
            {
                query = query with { CommuneCode = commune };
            }
            if (Chance(0.05) && located.Length > 0 && Pick(located) is { PostalCode: { } postal })
            {
                query = query with { PostalCode = postal };
            }
            if (Chance(0.2) && located.Length > 0)
            {
                var centre = Pick(located);
                query = query with { Near = new GeoPoint(centre.Latitude!.Value + 0.01, centre.Longitude!.Value - 0.01), RadiusKm = Pick(Radii) };
            }
            if (Chance(0.15) && located.Length > 0)
            {
                var centre = Pick(located);
                var half = Pick([0.05, 0.3, 1.5, 4.0]);
                query = query with { Box = new GeoBox(centre.Latitude!.Value - half, centre.Latitude.Value + half, centre.Longitude!.Value - (half * 1.4), centre.Longitude.Value + (half * 1.4)) };
            }
            if (Chance(0.2))
            {
                var from = edition.EligibleFrom.AddDays(random.Next(edition.EligibleUntil.DayNumber - edition.EligibleFrom.DayNumber + 1));
                var to = from.AddDays(random.Next(0, 6));
                query = random.Next(3) switch
                {
                    0 => query with { From = from },
                    1 => query with { To = to },
                    _ => query with { From = from, To = to },
                };
            }
            if (Chance(0.2))
            {
                query = query with { Types = Some(catalogue.Types.Items.Select(t => t.Code), 3) };
            }
            if (Chance(0.15))
            {
                query = query with { Audiences = Some(catalogue.Audiences.Items.Select(t => t.Code), 2) };
            }
            if (Chance(0.15))
            {
                query = query with { Themes = Some(catalogue.Themes.Items.Select(t => t.Code), 2) };
            }
            if (Chance(0.15))
            {
                query = query with { Sectors = Some(catalogue.Sectors.Items.Select(t => t.Code), 3) };
            }
            if (Chance(0.1))
            {
                query = query with { Formats = Enum.GetValues<EventFormat>().OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList() };
            }
            if (Chance(0.15))
            {
                query = query with { Accessibility = Pick([Accessibility.Motor, Accessibility.Hearing, Accessibility.Motor | Accessibility.Visual, Accessibility.Cognitive]) };
            }

            var sorts = new List<SearchSort> { SearchSort.Date };
            if (query.Near is not null)
            {
                sorts.Add(SearchSort.Distance);
                sorts.Add(SearchSort.Distance);
            }
            if (query.Words.Count > 0)
            {
                sorts.Add(SearchSort.Relevance);
                sorts.Add(SearchSort.Relevance);
            }
            queries.Add(query with { Sort = Pick(sorts), Page = Chance(0.7) ? 1 : random.Next(2, 5), PageSize = Pick(PageSizes) });
        }
        return queries;
    }

    public static string Describe(SearchQuery query) =>
        $"edition {query.EditionId} {SearchParameters.ToQueryString(query, null)} (sort {query.Sort})";

    /// The first difference between two results (total, cards in order, facet values), or null.
    public static string? Difference(SearchResult expected, SearchResult actual)
    {
        if (expected.Total != actual.Total)
        {
            return $"total {expected.Total} ≠ {actual.Total}";
        }
        if (expected.Items.Count != actual.Items.Count)
        {
            return $"{expected.Items.Count} items ≠ {actual.Items.Count}";
        }
        for (var i = 0; i < expected.Items.Count; i++)
        {
            if (expected.Items[i] != actual.Items[i])
            {
                return $"item {i}: {expected.Items[i]} ≠ {actual.Items[i]}";
            }
        }
        var (left, right) = (Flatten(expected.Facets), Flatten(actual.Facets));
        var missing = left.Except(right).ToList();
        var extra = right.Except(left).ToList();
        if (missing.Count > 0 || extra.Count > 0 || !left.SequenceEqual(right))
        {
            return $"facets: only in expected [{string.Join(", ", missing)}], only in actual [{string.Join(", ", extra)}]";
        }
        return null;
    }

    public static List<string> Flatten(Facets facets) =>
    [
        .. Named("region", facets.Regions), .. Named("departement", facets.Departments), .. Named("type", facets.Types),
        .. Named("public", facets.Audiences), .. Named("theme", facets.Themes), .. Named("filiere", facets.Sectors),
        .. Named("format", facets.Formats), .. Named("accessibilite", facets.Accessibility),
    ];

    private static IEnumerable<string> Named(string dimension, IEnumerable<FacetValue> values) =>
        values.Select(v => $"{dimension}:{v.Code}={v.Count}");
}
