using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using static System.FormattableString;

namespace SemaineIndustrie.Tests.Discovery;

/// GET /api/carte: the server clusters by zoom level and visible area.
public abstract class MapApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static readonly GeoBox France = new(41, 51.5, -5.5, 10);

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("&type=visite-entreprise")]
    [InlineData("&q=industrie&accessibilite=moteur")]
    public async Task At_national_zoom_clusters_and_points_add_up_to_the_matching_events(string filters)
    {
        var map = await _client.MapAsync(Invariant($"?zoom=5&lat_min={France.LatMin}&lat_max={France.LatMax}&lon_min={France.LonMin}&lon_max={France.LonMax}{filters}"));

        var area = MapClusters.SnapToTiles(France, 5);
        var expected = (await _client.AllIdsAsync(Invariant($"?lat_min={area.LatMin}&lat_max={area.LatMax}&lon_min={area.LonMin}&lon_max={area.LonMax}{filters}"))).Count;
        Assert.True(expected > 0);
        Assert.Equal(expected, map.Total);
        Assert.Equal(expected, map.Clusters.Sum(c => c.Count) + map.Points.Count);
        Assert.True(map.Clusters.Count + map.Points.Count < (filters.Length == 0 ? expected / 10.0 : expected),
            $"{map.Clusters.Count} clusters and {map.Points.Count} points for {expected} events");
    }

    [Fact]
    public async Task At_national_zoom_every_located_event_of_the_edition_is_counted()
    {
        var editionId = app.Catalogue.CurrentEdition!.Id;
        var area = MapClusters.SnapToTiles(France, 5);
        var located = await app.QueryAsync(db => db.Events
            .Where(e => e.EditionId == editionId && e.Status == EventStatus.Labelled && e.Place.Latitude != null)
            .CountAsync(e => e.Place.Latitude >= area.LatMin && e.Place.Latitude <= area.LatMax
                && e.Place.Longitude >= area.LonMin && e.Place.Longitude <= area.LonMax));

        var map = await _client.MapAsync(Invariant($"?zoom=5&lat_min={France.LatMin}&lat_max={France.LatMax}&lon_min={France.LonMin}&lon_max={France.LonMax}"));
        Assert.Equal(located, map.Clusters.Sum(c => c.Count) + map.Points.Count);
    }

    [Fact]
    public async Task At_street_zoom_a_city_shows_its_events_as_points()
    {
        // The commune with the most located events of the edition.
        var events = app.Catalogue.EventsOf(app.Catalogue.CurrentEdition!.Id).Where(e => e.Latitude is not null).ToList();
        var city = events.GroupBy(e => e.CommuneCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().ToList();
        var box = new GeoBox(city.Min(e => e.Latitude!.Value) - 0.002, city.Max(e => e.Latitude!.Value) + 0.002,
            city.Min(e => e.Longitude!.Value) - 0.002, city.Max(e => e.Longitude!.Value) + 0.002);

        var map = await _client.MapAsync(Invariant($"?zoom=16&lat_min={box.LatMin}&lat_max={box.LatMax}&lon_min={box.LonMin}&lon_max={box.LonMax}"));

        Assert.Empty(map.Clusters);
        Assert.True(map.Points.Count >= city.Count);
        Assert.All(city, e => Assert.Contains(map.Points, p => p.Id == e.Id));
        var area = MapClusters.SnapToTiles(box, 16);
        Assert.All(map.Points, p => Assert.True(area.Contains(p.Latitude, p.Longitude)));
    }
}

public sealed class MapApiTestsOnSqlite(SqliteApp app) : MapApiTests<SqliteApp>(app);

public sealed class MapApiTestsOnPostgres(PostgresApp app) : MapApiTests<PostgresApp>(app);
