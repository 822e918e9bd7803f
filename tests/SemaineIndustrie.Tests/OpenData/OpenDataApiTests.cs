using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Tests.Discovery;

namespace SemaineIndustrie.Tests.OpenData;

/// GET /api/v1/events on each database: the search's selection, walked with cursors, in the
/// catalogue order, with 400s that name the parameter.
public abstract class OpenDataApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private readonly HttpClient _client = app.CreateClient();

    private int CurrentEditionId => app.Catalogue.CurrentEdition!.Id;

    [Theory]
    [InlineData("")]
    [InlineData("?region=84")]
    [InlineData("?type=visite-entreprise&format=sur-place")]
    [InlineData("?du=2026-11-18&au=2026-11-18&public=lyceens")]
    [InlineData("?departement=69,38&accessibilite=moteur")]
    [InlineData("?lat_min=45.5&lat_max=46&lon_min=4.5&lon_max=5.2")]
    public async Task Api_returns_the_events_of_the_search_in_the_same_order(string query)
    {
        var search = await _client.AllIdsAsync(query);
        Assert.NotEmpty(search);

        Assert.Equal(search, await _client.AllOpenIdsAsync(query));
    }

    [Theory]
    [InlineData("?q=metallurgie")]
    [InlineData("?lat=45.764&lon=4.8357&rayon=50")]
    public async Task Api_returns_the_events_of_a_search_sorted_otherwise_in_the_catalogue_order(string query)
    {
        var search = await _client.AllIdsAsync(query);
        var pages = await _client.WalkAsync(query, 1000);
        var open = pages.SelectMany(p => p.Items).ToList();

        Assert.NotEmpty(search);
        Assert.Equal(search.Order(), open.Select(e => e.Id).Order());
        Assert.Equal(open.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Select(e => e.Id), open.Select(e => e.Id));
    }

    [Fact]
    public async Task Api_returns_a_past_edition_when_asked_for_its_year()
    {
        var past = app.Catalogue.Editions[1];
        var open = await _client.AllOpenIdsAsync($"?edition={past.Year}&region=84");

        Assert.NotEmpty(open);
        Assert.Equal(await _client.AllIdsAsync($"?edition={past.Year}&region=84"), open);
        var page = await _client.PageAsync($"/api/v1/events?edition={past.Year}&limit=5");
        Assert.All(page.Items, e => Assert.Equal(past.Year, e.Edition));
    }

    [Fact]
    public async Task Cursor_paging_walks_the_whole_selection_without_duplicates_or_gaps()
    {
        var pages = await _client.WalkAsync("", 37);
        var ids = pages.SelectMany(p => p.Items.Select(i => i.Id)).ToList();
        var labelled = await app.QueryAsync(db => db.Events.Labelled().Where(e => e.EditionId == CurrentEditionId)
            .OrderBy(e => e.FirstStartsAt).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync());

        Assert.Equal(labelled, ids);
        Assert.All(pages, p => Assert.Equal(labelled.Count, p.Total));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(37, p.Items.Count));
        Assert.Null(pages[^1].Next);
    }

    [Fact]
    public async Task A_cursor_resumes_after_the_last_event_read_when_an_earlier_one_is_withdrawn()
    {
        var before = await _client.AllOpenIdsAsync("?region=93");
        var first = await _client.PageAsync("/api/v1/events?region=93&limit=10");
        Assert.True(before.Count > 20);

        await app.QueryAsync(db => db.Events.Where(e => e.Id == first.Items[3].Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Rejected)));
        await app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));
        await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);

        var second = await _client.PageAsync(new Uri(first.Next!).PathAndQuery);
        Assert.Equal(before.Skip(10).Take(10), second.Items.Select(i => i.Id));
        Assert.Equal(before.Count - 1, second.Total);
    }

    [Theory]
    [InlineData("events?limit=0", "limit")]
    [InlineData("events?limit=dix", "limit")]
    [InlineData("events?cursor=pas-un-curseur", "cursor")]
    [InlineData("events?region=99", "region")]
    [InlineData("events?page=2", "page")]
    [InlineData("events?taille=50", "taille")]
    [InlineData("events?tri=distance", "tri")]
    [InlineData("events?du=2026-13-45", "du")]
    [InlineData("events?edition=1900", "edition")]
    [InlineData("events.csv?limit=5", "limit")]
    [InlineData("events.geojson?type=inconnu", "type")]
    public async Task Bad_parameters_answer_400_problem_details_naming_the_parameter(string path, string parameter)
    {
        using var response = await _client.GetAsync("/api/v1/" + path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty(parameter);
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("events?region=84")]
    [InlineData("events.geojson?region=84")]
    [InlineData("events.ics?region=84")]
    [InlineData("events.csv?region=84")]
    [InlineData("events.rss?region=84")]
    public async Task Every_format_answers_304_when_the_copy_is_current(string path)
    {
        using var first = await _client.GetAsync("/api/v1/" + path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.NotNull(first.Headers.CacheControl.MaxAge);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/api/v1/" + path);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/" + path);
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedSince = await _client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);

        using var other = await _client.GetAsync("/api/v1/" + path.Replace("84", "93", StringComparison.Ordinal));
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task Head_gives_the_validators_of_get_without_the_body()
    {
        using var get = await _client.GetAsync("/api/v1/events.csv?region=84");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/events.csv?region=84"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_etag_changes_with_the_catalogue_version()
    {
        using var before = await _client.GetAsync("/api/v1/events?region=76");
        await app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));
        await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?region=76");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Open_data_is_readable_from_any_origin_without_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events.geojson?region=84");
        request.Headers.Add("Origin", "https://www.ac-lyon.fr");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/events?region=84");
        preflight.Headers.Add("Origin", "https://www.ac-lyon.fr");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var allowed = await _client.SendAsync(preflight);
        Assert.True(allowed.IsSuccessStatusCode, $"preflight answered {(int)allowed.StatusCode}");
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var siteApi = new HttpRequestMessage(HttpMethod.Get, "/api/evenements?region=84");
        siteApi.Headers.Add("Origin", "https://www.ac-lyon.fr");
        using var notOpen = await _client.SendAsync(siteApi);
        Assert.False(notOpen.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

public sealed class OpenDataApiTestsOnSqlite(SqliteApp app) : OpenDataApiTests<SqliteApp>(app);

public sealed class OpenDataApiTestsOnPostgres(PostgresApp app) : OpenDataApiTests<PostgresApp>(app);
