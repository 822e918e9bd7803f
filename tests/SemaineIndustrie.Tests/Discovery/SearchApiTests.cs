using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Tests.Discovery;

/// GET /api/evenements on each database: French text search, filters, facets, paging, editions.
public abstract class SearchApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private readonly HttpClient _client = app.CreateClient();

    private int CurrentEditionId => app.Catalogue.CurrentEdition!.Id;

    [Fact]
    public async Task Search_finds_metallurgies_when_typing_metallurgie()
    {
        var found = await _client.AllIdsAsync("?q=metallurgie");
        var titles = await app.QueryAsync(db => db.Events.Where(e => e.EditionId == CurrentEditionId && e.Status == EventStatus.Labelled)
            .Select(e => new { e.Id, e.Title }).ToListAsync());

        var plural = titles.Where(t => t.Title.Contains("métallurgies", StringComparison.OrdinalIgnoreCase)).ToList();
        var singular = titles.Where(t => t.Title.Contains("métallurgie ", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(plural);
        Assert.NotEmpty(singular);
        Assert.All(plural.Concat(singular), t => Assert.Contains(t.Id, found));

        var texts = await app.QueryAsync(db => db.Events.Where(e => found.Contains(e.Id)).Select(e => e.SearchText).ToListAsync());
        Assert.All(texts, text => Assert.Contains(" metallurgie", text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("METALLURGIE")]
    [InlineData("métallurgie")]
    [InlineData("Métallurgies")]
    [InlineData("  métallurgie  ")]
    public async Task Search_ignores_accents_case_and_plural(string text)
    {
        var reference = await _client.AllIdsAsync("?q=metallurgie");
        Assert.Equal(reference, await _client.AllIdsAsync("?q=" + Uri.EscapeDataString(text)));
    }

    [Fact]
    public async Task Region_filter_returns_only_that_region()
    {
        var response = await _client.SearchAsync("?region=84&taille=100");
        Assert.True(response.Total > 0);
        Assert.All(response.Items, i => Assert.Equal("84", i.Region));
    }

    [Fact]
    public async Task Map_area_returns_only_events_inside_it()
    {
        var response = await _client.SearchAsync("?lat_min=45.5&lat_max=46&lon_min=4.5&lon_max=5.2&taille=100");
        Assert.True(response.Total > 0);
        Assert.All(response.Items, i =>
        {
            Assert.InRange(i.Latitude!.Value, 45.5, 46);
            Assert.InRange(i.Longitude!.Value, 4.5, 5.2);
        });
    }

    [Fact]
    public async Task Distance_search_sorts_nearest_first_within_the_radius()
    {
        var response = await _client.SearchAsync("?lat=45.764&lon=4.8357&rayon=30&taille=100");
        Assert.True(response.Total > 1);
        var distances = response.Items.Select(i => i.DistanceKm!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 30));
        Assert.All(response.Items, i => Assert.Equal(
            Math.Round(Math.Sqrt(Distance.SquaredKm(new GeoPoint(45.764, 4.8357), i.Latitude!.Value, i.Longitude!.Value)), 1), i.DistanceKm));
    }

    [Fact]
    public async Task Date_filter_keeps_events_with_a_session_that_day()
    {
        var found = await _client.AllIdsAsync("?du=2026-11-18&au=2026-11-18");
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var from = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, 18, 0, 0, 0, DateTimeKind.Unspecified), paris);
        var to = from.AddDays(1);
        var sessions = await app.QueryAsync(db => db.Events.Where(e => e.EditionId == CurrentEditionId && e.Status == EventStatus.Labelled)
            .SelectMany(e => e.Sessions).Select(s => new { s.EventId, s.StartsAt, s.EndsAt }).ToListAsync());
        var expected = sessions.Where(s => s.StartsAt < to && s.EndsAt > from).Select(s => s.EventId).Distinct().Order().ToList();

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < sessions.Select(s => s.EventId).Distinct().Count());
        Assert.Equal(expected, found.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=visite")]
    [InlineData("?public=lyceens&accessibilite=moteur")]
    public async Task Facet_count_beside_a_value_is_the_total_when_adding_it(string baseQuery)
    {
        var facets = (await _client.SearchAsync(baseQuery)).Facets;
        var separator = baseQuery.Length == 0 ? "?" : "&";
        foreach (var (parameter, values) in new[] { ("region", facets.Regions), ("type", facets.Types), ("format", facets.Formats), ("theme", facets.Themes) })
        {
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                var total = (await _client.SearchAsync($"{baseQuery}{separator}{parameter}={value.Code}&taille=1")).Total;
                Assert.True(value.Count == total, $"{parameter}={value.Code}: facet says {value.Count}, the search finds {total}");
            }
        }
    }

    [Fact]
    public async Task Page_two_follows_page_one_without_overlap()
    {
        var first = await _client.SearchAsync("?taille=10");
        var second = await _client.SearchAsync("?taille=10&page=2");
        var both = await _client.SearchAsync("?taille=20");
        Assert.Equal(10, first.Items.Count);
        Assert.Equal(10, second.Items.Count);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Equal(both.Items.Select(i => i.Id), first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public async Task Past_edition_search_returns_only_that_editions_events()
    {
        var edition = app.Catalogue.EditionOfYear(2024)!;
        var found = await _client.AllIdsAsync("?edition=2024");
        var expected = await app.QueryAsync(db => db.Events.Where(e => e.EditionId == edition.Id && e.Status == EventStatus.Labelled)
            .Select(e => e.Id).ToListAsync());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public async Task Only_labelled_events_appear()
    {
        var hidden = await app.QueryAsync(db => db.Events.Where(e => e.EditionId == CurrentEditionId && e.Status != EventStatus.Labelled)
            .Select(e => new { e.Id, e.Title }).FirstAsync());
        var labelled = await app.QueryAsync(db => db.Events.Where(e => e.EditionId == CurrentEditionId && e.Status == EventStatus.Labelled)
            .Select(e => e.Id).ToListAsync());

        var all = await _client.AllIdsAsync("");
        Assert.DoesNotContain(hidden.Id, all);
        Assert.Equal(labelled.Order(), all.Order());
        Assert.DoesNotContain(hidden.Id, await _client.AllIdsAsync("?q=" + Uri.EscapeDataString(hidden.Title[..Math.Min(hidden.Title.Length, 60)])));
    }
}

public sealed class SearchApiTestsOnSqlite(SqliteApp app) : SearchApiTests<SqliteApp>(app);

public sealed class SearchApiTestsOnPostgres(PostgresApp app) : SearchApiTests<PostgresApp>(app);
